export * from './types';
export * from './accommodations';
export * from './demands';
export * from './task-types';
export * from './municipalities';
