import { adminToken, businessId, createCoordinator } from '../../test/factories/accounts.ts';
import { activeCandidate } from '../../test/factories/profiles.ts';
import en from '../locales/en/employer.json' with { type: 'json' };
import fi from '../locales/fi/employer.json' with { type: 'json' };
import sv from '../locales/sv/employer.json' with { type: 'json' };
import { expect, expectNoAxeViolations, screenshots, test, useStack } from './support/fixtures.ts';

useStack();

const CATALOGUES = { fi, sv, en } as const;

for (const language of ['fi', 'sv'] as const) {
  test(`an employer signs up, posts a carvable job, asks for an introduction and hires, in ${language}`, async ({
    page,
    web,
  }) => {
    const L = CATALOGUES[language];
    const admin = await adminToken(web.stack);
    const coordinator = await createCoordinator(web.stack, admin);
    const candidate = await activeCandidate(web.stack, coordinator.token);

    await page.goto('/');
    if (language === 'sv') await page.getByRole('button', { name: 'Svenska' }).click();
    await page.goto('/employer/sign-up');
    await expect(page.getByRole('heading', { level: 1, name: L.signUp.title })).toBeVisible();
    await page.getByLabel(L.signUp.organisationName).fill(`Kahvila ${language}`);
    await page.getByLabel(L.signUp.businessId, { exact: true }).fill('0737546-3');
    await page.getByLabel(L.signUp.municipality).focus();
    await expect(
      page.getByText(L.signUp.businessIdCheckDigit.replace('{{expected}}', '2').replace('{{typed}}', '3')).first(),
    ).toBeVisible();
    await expectNoAxeViolations(page, `sign-up with a wrong check digit (${language})`);
    await page.getByLabel(L.signUp.businessId, { exact: true }).fill(businessId());
    await page.getByLabel(L.signUp.municipality).fill(language === 'sv' ? 'Helsingfors' : 'Helsinki');
    await page.getByLabel(L.signUp.email).fill(`employer-${language}-${Date.now()}@example.fi`);
    await page.getByLabel(L.signUp.password, { exact: true }).fill('a long enough password');
    await screenshots(page, `employer-sign-up-${language}`);
    await page.getByRole('button', { name: L.signUp.submit }).click();

    await expect(page.getByRole('heading', { level: 1, name: L.jobs.title })).toBeVisible();
    await expectNoAxeViolations(page, `my jobs, empty (${language})`);
    await page.getByRole('link', { name: L.jobs.new }).click();
    await expect(page.getByRole('heading', { level: 1, name: L.editor.newTitle })).toBeVisible();
    await page.getByLabel(L.editor.title, { exact: true }).fill('Astianpesijä');
    await page.getByLabel(L.editor.description, { exact: true }).fill('Rauhallinen kahvilan keittiö.');
    await page.getByLabel(L.editor.municipality, { exact: true }).fill('Helsinki');
    await page.getByLabel(L.editor.hoursPerWeekMin).fill('8');
    await page.getByLabel(L.editor.hoursPerWeekMax).fill('16');
    await page.getByRole('button', { name: /Lisää aika|Lägg till en tid/ }).click();
    await page.getByRole('button', { name: /Lisää aika|Lägg till en tid/ }).click();

    await page.getByRole('button', { name: L.editor.addTask }).click();
    const first = page.getByRole('group', { name: L.editor.task.heading.replace('{{n}}', '1') });
    await first.getByLabel(L.editor.task.type).selectOption('dishwashing');
    await first.getByLabel(L.editor.task.description).fill('Astioiden pesu koneella');
    await first.getByLabel(language === 'sv' ? 'Lyft' : 'Nostaminen', { exact: true }).selectOption('1');
    await page.getByRole('button', { name: L.editor.addTask }).click();
    const second = page.getByRole('group', { name: L.editor.task.heading.replace('{{n}}', '2') });
    await second.getByLabel(L.editor.task.type).selectOption('moving_help');
    await second.getByLabel(L.editor.task.description).fill('Tavaroiden kantaminen varastoon');
    await second.getByLabel(L.editor.task.modifiable).check();

    await page.getByLabel(language === 'sv' ? 'Tyst utrymme med lite buller' : 'Hiljainen, meluton tila').check();
    await page.getByLabel(language === 'sv' ? 'Extra eller längre pauser' : 'Lisätauot tai pidemmät tauot').check();
    await expectNoAxeViolations(page, `job editor filled (${language})`);
    await screenshots(page, `employer-job-editor-${language}`);
    await page.getByRole('button', { name: L.editor.publish }).click();
    await expect(page.getByText(L.editor.notice.publishedBody)).toBeVisible();
    await expectNoAxeViolations(page, `job published (${language})`);
    const jobUrl = page.url();

    await page.goto('/employer');
    await expect(page.getByText(L.jobs.matching.found_one.replace('{{count}}', '1'))).toBeVisible({ timeout: 30_000 });
    await screenshots(page, `employer-my-jobs-${language}`);

    const graphqlRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) graphqlRequests.push(request.postData() ?? '');
    });
    await page.goto(`${jobUrl}/candidates`);
    const card = page.getByRole('listitem').filter({ hasText: candidate.pseudonym });
    await expect(card).toBeVisible();
    await expect(
      card.getByText(L.candidates.carveOut.replace('{{tasks}}', 'Tavaroiden kantaminen varastoon')),
    ).toBeVisible();
    await expect(card.getByText(L.candidates.reasons)).toBeVisible();
    const candidateQueries = graphqlRequests.filter((body) => body.includes('JobCandidates'));
    expect(candidateQueries).toHaveLength(1);
    test
      .info()
      .annotations.push({
        type: 'graphql requests on the candidates page',
        description: String(graphqlRequests.length),
      });
    await expectNoAxeViolations(page, `candidates (${language})`);
    await screenshots(page, `employer-candidates-${language}`);

    await card.getByRole('button', { name: L.candidates.ask }).click();
    await card.getByLabel(L.candidates.message).fill('Voisimmeko tavata ensi viikolla?');
    await expectNoAxeViolations(page, `asking for an introduction (${language})`);
    await card.getByRole('button', { name: L.candidates.send }).click();
    await expect(card.getByText(L.proposals.status.AWAITING_COORDINATOR)).toBeVisible();

    const proposals = await web.stack.ok<{ proposals: { edges: { node: { id: string } }[] } }>(
      'query { proposals(status: AWAITING_COORDINATOR) { edges { node { id } } } }',
      {},
      { token: coordinator.token },
    );
    for (const edge of proposals.proposals.edges)
      await web.stack.ok(
        'mutation($id: ID!) { respondToProposal(id: $id, accept: true) { id } }',
        { id: edge.node.id },
        { token: coordinator.token },
      );

    await page.goto('/employer/proposals');
    await expect(page.getByText(L.proposals.status.ACCEPTED)).toBeVisible();
    await expectNoAxeViolations(page, `proposals, accepted (${language})`);
    await screenshots(page, `employer-proposals-${language}`);
    await page.getByRole('button', { name: L.proposals.outcome.HIRED }).click();
    await expect(page.getByText(L.proposals.jobFilled)).toBeVisible();

    await page.goto('/employer');
    await expect(page.getByRole('heading', { level: 2, name: L.jobs.group.FILLED })).toBeVisible();
    await expectNoAxeViolations(page, `my jobs with a filled job (${language})`);
  });
}
