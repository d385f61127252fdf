import rootGlobalTeardown from '../../../test/utils/global-teardown.ts';

export default rootGlobalTeardown;
