/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "query Me {\n  me {\n    id\n    role\n    email\n    preferredLanguage\n    sessionExpiresAt\n    organisation {\n      id\n      name\n    }\n  }\n}": typeof types.MeDocument,
    "mutation UpdateMyPreferences($preferredLanguage: Language!) {\n  updateMyPreferences(preferredLanguage: $preferredLanguage) {\n    id\n    preferredLanguage\n  }\n}": typeof types.UpdateMyPreferencesDocument,
    "mutation VerifyEmail($token: String!) {\n  verifyEmail(token: $token) {\n    user {\n      id\n      role\n    }\n  }\n}\n\nmutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}\n\nmutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword) {\n    user {\n      id\n      role\n    }\n  }\n}\n\nmutation AcceptInvitation($token: String!, $password: String!) {\n  acceptInvitation(token: $token, password: $password) {\n    user {\n      id\n      role\n    }\n  }\n}": typeof types.VerifyEmailDocument,
    "fragment AttentionProfile on CapacityProfile {\n  id\n  pseudonym\n  client {\n    id\n    displayName\n  }\n}\n\nquery NeedsAttention {\n  needsAttention {\n    lastVisitAt\n    employerWaitDays\n    quietDays\n    employerRequests {\n      waitingSince\n      proposal {\n        id\n        message\n        job {\n          id\n          title\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      profile {\n        ...AttentionProfile\n      }\n    }\n    clientAnswers {\n      offer {\n        id\n        status\n        clientComment\n        respondedAt\n        job {\n          id\n          title\n        }\n      }\n      profile {\n        ...AttentionProfile\n      }\n    }\n    waitingForEmployer {\n      waitingSince\n      proposal {\n        id\n        job {\n          id\n          title\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      profile {\n        ...AttentionProfile\n      }\n    }\n    quietProfiles {\n      activeSince\n      profile {\n        ...AttentionProfile\n      }\n    }\n  }\n}": typeof types.AttentionProfileFragmentDoc,
    "mutation RecordAttentionVisit {\n  recordAttentionVisit {\n    visitedAt\n    previousVisitAt\n  }\n}": typeof types.RecordAttentionVisitDocument,
    "fragment CandidateMatch on Match {\n  id\n  score\n  feasible\n  blockers\n  reasons\n  supportHints {\n    ...SupportHintFields\n  }\n  breakdown {\n    tasks\n    hours\n    location\n    accommodations\n  }\n  carveOut {\n    id\n    description\n    taskType {\n      code\n      label\n    }\n  }\n  candidate {\n    id\n    pseudonym\n    summary\n    hoursPerWeekMin\n    hoursPerWeekMax\n    remoteOnly\n    municipalityCode\n    availability {\n      day\n      start\n      end\n    }\n    accommodationNeeds {\n      necessity\n      accommodation {\n        code\n        label\n      }\n    }\n  }\n}": typeof types.CandidateMatchFragmentDoc,
    "query JobCandidates($id: ID!, $lang: Language!) {\n  job(id: $id) {\n    id\n    organisation {\n      id\n      verifiedAt\n    }\n    title\n    status\n    matching {\n      upToDate\n    }\n    advice {\n      kind\n      accommodation {\n        code\n      }\n      task {\n        id\n      }\n      minimumHours\n      additionalCandidates\n      text(lang: $lang)\n      supportHints {\n        ...SupportHintFields\n      }\n    }\n    matches(first: 20) {\n      totalCount\n      edges {\n        node {\n          ...CandidateMatch\n        }\n      }\n    }\n    nearMisses: matches(first: 20, feasibleOnly: false, nearMissesOnly: true) {\n      edges {\n        node {\n          ...CandidateMatch\n        }\n      }\n    }\n  }\n  proposals(jobId: $id, first: 100) {\n    edges {\n      node {\n        id\n        status\n        initiatedBy\n        createdAt\n        candidate {\n          id\n        }\n      }\n    }\n  }\n}": typeof types.JobCandidatesDocument,
    "mutation RequestIntroduction($jobId: ID!, $candidateId: ID!, $message: String) {\n  requestIntroduction(jobId: $jobId, candidateId: $candidateId, message: $message) {\n    id\n    status\n    initiatedBy\n    candidate {\n      id\n    }\n  }\n}": typeof types.RequestIntroductionDocument,
    "mutation LoginWithAccessCode($code: String!) {\n  loginWithAccessCode(code: $code) {\n    user {\n      id\n      role\n    }\n  }\n}": typeof types.LoginWithAccessCodeDocument,
    "query CoordinatorClient($id: ID!) {\n  client(id: $id) {\n    id\n    displayName\n    contactEmail\n    preferredLanguage\n    consent {\n      shareWithEmployers\n      changedAt\n    }\n    consentHistory {\n      shareWithEmployers\n      at\n      byRole\n    }\n    profiles {\n      id\n      pseudonym\n      status\n      updatedAt\n    }\n  }\n}": typeof types.CoordinatorClientDocument,
    "query CoordinatorClients($search: String, $first: Int, $after: String) {\n  clients(search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        displayName\n        preferredLanguage\n        consent {\n          shareWithEmployers\n          changedAt\n        }\n        profiles {\n          id\n          status\n          updatedAt\n        }\n      }\n    }\n  }\n}": typeof types.CoordinatorClientsDocument,
    "mutation CreateClient($input: CreateClientInput!) {\n  createClient(input: $input) {\n    id\n    displayName\n  }\n}": typeof types.CreateClientDocument,
    "mutation IssueClientAccessCode($clientId: ID!) {\n  issueClientAccessCode(clientId: $clientId)\n}": typeof types.IssueClientAccessCodeDocument,
    "mutation RecordConsent($clientId: ID!, $shareWithEmployers: Boolean!) {\n  recordConsent(clientId: $clientId, shareWithEmployers: $shareWithEmployers) {\n    id\n    consent {\n      shareWithEmployers\n      changedAt\n    }\n    consentHistory {\n      shareWithEmployers\n      at\n      byRole\n    }\n  }\n}": typeof types.RecordConsentDocument,
    "query MyConsent {\n  myConsent {\n    shareWithEmployers\n    changedAt\n  }\n}": typeof types.MyConsentDocument,
    "query MyConsentHistory {\n  myConsentHistory {\n    shareWithEmployers\n    at\n    byRole\n  }\n}": typeof types.MyConsentHistoryDocument,
    "mutation SetMyConsent($shareWithEmployers: Boolean!) {\n  setMyConsent(shareWithEmployers: $shareWithEmployers) {\n    shareWithEmployers\n    changedAt\n  }\n}": typeof types.SetMyConsentDocument,
    "fragment CoordinatorProposal on Proposal {\n  ...ProposalCard\n  job {\n    id\n    organisation {\n      id\n      name\n    }\n  }\n}": typeof types.CoordinatorProposalFragmentDoc,
    "query CoordinatorProposals($status: ProposalStatus) {\n  proposals(first: 100, status: $status) {\n    totalCount\n    edges {\n      node {\n        ...CoordinatorProposal\n      }\n    }\n  }\n}": typeof types.CoordinatorProposalsDocument,
    "mutation RegisterEmployer($input: SignUpEmployerInput!) {\n  registerEmployer(input: $input)\n}": typeof types.RegisterEmployerDocument,
    "mutation EraseClient($clientId: ID!) {\n  eraseClient(clientId: $clientId)\n}": typeof types.EraseClientDocument,
    "query EraseClientTarget($id: ID!) {\n  client(id: $id) {\n    id\n    displayName\n    consentHistory {\n      at\n    }\n    profiles {\n      id\n      pseudonym\n      status\n      offers {\n        id\n      }\n    }\n  }\n}": typeof types.EraseClientTargetDocument,
    "mutation CloseJob($id: ID!, $filled: Boolean) {\n  closeJob(id: $id, filled: $filled) {\n    ...JobFields\n  }\n}": typeof types.CloseJobDocument,
    "mutation CreateJob($input: JobInput!) {\n  createJob(input: $input) {\n    ...JobFields\n  }\n}": typeof types.CreateJobDocument,
    "query EditJob($id: ID!) {\n  job(id: $id) {\n    ...JobFields\n  }\n}": typeof types.EditJobDocument,
    "fragment JobFields on Job {\n  id\n  organisation {\n    id\n  }\n  version\n  status\n  title\n  description\n  municipalityCode\n  remotePossible\n  hoursPerWeekMin\n  hoursPerWeekMax\n  positions\n  hourlyWage\n  schedule {\n    day\n    start\n    end\n  }\n  tasks {\n    id\n    description\n    modifiable\n    taskType {\n      code\n    }\n    demands {\n      level\n      demand {\n        code\n      }\n    }\n  }\n  accommodations {\n    code\n  }\n}": typeof types.JobFieldsFragmentDoc,
    "query MyJobs {\n  me {\n    id\n    organisation {\n      id\n      verifiedAt\n    }\n  }\n  jobs(first: 100) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        status\n        positions\n        publishedAt\n        matching {\n          upToDate\n          candidatesScored\n        }\n        matches(first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n  proposals(first: 100) {\n    edges {\n      node {\n        id\n        status\n        initiatedBy\n        job {\n          id\n        }\n      }\n    }\n  }\n}": typeof types.MyJobsDocument,
    "mutation PublishJob($id: ID!) {\n  publishJob(id: $id) {\n    ...JobFields\n  }\n}": typeof types.PublishJobDocument,
    "query TaskTypes {\n  taskTypes {\n    code\n    label\n    typicalDemands {\n      level\n      demand {\n        code\n      }\n    }\n  }\n}": typeof types.TaskTypesDocument,
    "mutation UpdateJob($id: ID!, $expectedVersion: Int, $input: JobInput!) {\n  updateJob(id: $id, expectedVersion: $expectedVersion, input: $input) {\n    ...JobFields\n  }\n}": typeof types.UpdateJobDocument,
    "query MyNotificationSettings {\n  me {\n    id\n    role\n    notificationSettings {\n      proposals\n      introductions\n      offerAnswers\n      reminders\n    }\n  }\n}\n\nmutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n  updateNotificationSettings(input: $input) {\n    proposals\n    introductions\n    offerAnswers\n    reminders\n  }\n}": typeof types.MyNotificationSettingsDocument,
    "query MyOffers($lang: Language!) {\n  myOffers {\n    id\n    status\n    message\n    clientComment\n    createdAt\n    respondedAt\n    earnings {\n      ...EarningsFields\n    }\n    carveOut {\n      id\n    }\n    job {\n      id\n      title\n      description\n      municipalityCode\n      remotePossible\n      hoursPerWeekMin\n      hoursPerWeekMax\n      hourlyWage\n      organisation {\n        id\n        name\n      }\n      schedule {\n        day\n        start\n        end\n      }\n      tasks {\n        id\n        description\n        taskType {\n          code\n          label(lang: $lang)\n        }\n      }\n      accommodations {\n        code\n        label(lang: $lang)\n      }\n    }\n  }\n}": typeof types.MyOffersDocument,
    "mutation RespondToOffer($offerId: ID!, $interested: Boolean!, $comment: String) {\n  respondToOffer(offerId: $offerId, interested: $interested, comment: $comment) {\n    id\n    status\n    clientComment\n    respondedAt\n  }\n}": typeof types.RespondToOfferDocument,
    "mutation OfferJob($jobId: ID!, $profileId: ID!, $message: String) {\n  offerJob(jobId: $jobId, profileId: $profileId, message: $message) {\n    ...ProfileOffer\n  }\n}": typeof types.OfferJobDocument,
    "fragment ProfileMatch on Match {\n  id\n  score\n  feasible\n  blockers\n  reasons\n  earnings {\n    ...EarningsFields\n  }\n  supportHints {\n    ...SupportHintFields\n  }\n  breakdown {\n    tasks\n    hours\n    location\n    accommodations\n  }\n  carveOut {\n    id\n    description\n    taskType {\n      code\n      label\n    }\n  }\n  job {\n    id\n    title\n    status\n    municipalityCode\n    remotePossible\n    hoursPerWeekMin\n    hoursPerWeekMax\n    hourlyWage\n    organisation {\n      id\n      name\n    }\n  }\n}": typeof types.ProfileMatchFragmentDoc,
    "query ProfileMatches($id: ID!, $lang: Language!) {\n  profile(id: $id) {\n    id\n    pseudonym\n    status\n    client {\n      id\n      displayName\n      consent {\n        shareWithEmployers\n      }\n    }\n    matching {\n      upToDate\n    }\n    matches(first: 20) {\n      totalCount\n      edges {\n        node {\n          ...ProfileMatch\n        }\n      }\n    }\n    nearMisses: matches(first: 20, feasibleOnly: false, nearMissesOnly: true) {\n      edges {\n        node {\n          ...ProfileMatch\n        }\n      }\n    }\n    offers {\n      ...ProfileOffer\n    }\n  }\n  proposals(profileId: $id, first: 100) {\n    edges {\n      node {\n        ...ProfileProposal\n      }\n    }\n  }\n}": typeof types.ProfileMatchesDocument,
    "fragment ProfileOffer on Offer {\n  id\n  status\n  message\n  clientComment\n  createdAt\n  respondedAt\n  job {\n    id\n  }\n}": typeof types.ProfileOfferFragmentDoc,
    "fragment ProfileProposal on Proposal {\n  id\n  status\n  initiatedBy\n  createdAt\n  job {\n    id\n  }\n}": typeof types.ProfileProposalFragmentDoc,
    "mutation ProposeCandidate($jobId: ID!, $profileId: ID!, $message: String) {\n  proposeCandidate(jobId: $jobId, profileId: $profileId, message: $message) {\n    ...ProfileProposal\n  }\n}": typeof types.ProposeCandidateDocument,
    "query MyProfileViews {\n  myProfileViews {\n    organisationName\n    at\n  }\n}": typeof types.MyProfileViewsDocument,
    "mutation CreateProfile($clientId: ID!, $input: ProfileInput!) {\n  createProfile(clientId: $clientId, input: $input) {\n    ...ProfileFields\n  }\n}": typeof types.CreateProfileDocument,
    "query EditProfile($id: ID!) {\n  profile(id: $id) {\n    ...ProfileFields\n  }\n}": typeof types.EditProfileDocument,
    "query ProfileClient($id: ID!) {\n  client(id: $id) {\n    id\n    displayName\n    contactEmail\n  }\n}": typeof types.ProfileClientDocument,
    "fragment ProfileFields on CapacityProfile {\n  id\n  version\n  status\n  pseudonym\n  updatedAt\n  summary\n  hoursPerWeekMin\n  hoursPerWeekMax\n  municipalityCode\n  maxCommuteKm\n  remoteOnly\n  languages\n  missingFields\n  availability {\n    day\n    start\n    end\n  }\n  abilities {\n    experience\n    taskType {\n      code\n    }\n  }\n  restrictions {\n    maxLevel\n    demand {\n      code\n    }\n  }\n  accommodationNeeds {\n    necessity\n    accommodation {\n      code\n    }\n  }\n  client {\n    id\n  }\n}": typeof types.ProfileFieldsFragmentDoc,
    "mutation SetProfileStatus($id: ID!, $status: ProfileStatus!) {\n  setProfileStatus(id: $id, status: $status) {\n    ...ProfileFields\n  }\n}": typeof types.SetProfileStatusDocument,
    "mutation UpdateProfile($id: ID!, $expectedVersion: Int, $input: ProfileInput!) {\n  updateProfile(id: $id, expectedVersion: $expectedVersion, input: $input) {\n    ...ProfileFields\n  }\n}": typeof types.UpdateProfileDocument,
    "fragment EmployerProposal on Proposal {\n  ...ProposalCard\n  job {\n    id\n    positions\n  }\n  candidate {\n    id\n    summary\n  }\n}": typeof types.EmployerProposalFragmentDoc,
    "query EmployerProposals($first: Int!) {\n  proposals(first: $first) {\n    edges {\n      node {\n        ...EmployerProposal\n      }\n    }\n  }\n}": typeof types.EmployerProposalsDocument,
    "fragment PlacementFigures on PlacementStats {\n  proposals\n  accepted\n  trials\n  hires\n  placementRate\n  medianDaysToHire\n}\n\nquery PlacementResults($from: DateTime, $to: DateTime) {\n  placementStats(from: $from, to: $to) {\n    ...PlacementFigures\n  }\n  placementStatsByCoordinator(from: $from, to: $to) {\n    coordinatorId\n    coordinatorEmail\n    stats {\n      ...PlacementFigures\n    }\n  }\n}": typeof types.PlacementFiguresFragmentDoc,
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    user {\n      id\n      role\n    }\n  }\n}": typeof types.LoginDocument,
    "fragment EarningsFields on EarningsEstimate {\n  monthlyEur\n  monthlyLimitEur\n  withinLimit\n  maxWeeklyHoursWithinLimit\n  summary(lang: $lang)\n}\n\nfragment SupportHintFields on SupportHint {\n  reason(lang: $lang)\n  upToEur\n  rule {\n    code\n    label(lang: $lang)\n    sourceUrl\n    maxMonths\n  }\n}": typeof types.EarningsFieldsFragmentDoc,
    "fragment ProposalCard on Proposal {\n  id\n  status\n  initiatedBy\n  message\n  declineReason\n  createdAt\n  updatedAt\n  job {\n    id\n    title\n    status\n  }\n  candidate {\n    id\n    pseudonym\n  }\n  events {\n    status\n    actorRole\n    at\n    note\n  }\n}": typeof types.ProposalCardFragmentDoc,
    "mutation RecordOutcome($id: ID!, $outcome: PlacementOutcome!, $note: String) {\n  recordOutcome(id: $id, outcome: $outcome, note: $note) {\n    ...ProposalCard\n  }\n}": typeof types.RecordOutcomeDocument,
    "mutation RespondToProposal($id: ID!, $accept: Boolean!, $declineReason: DeclineReason, $note: String) {\n  respondToProposal(\n    id: $id\n    accept: $accept\n    declineReason: $declineReason\n    note: $note\n  ) {\n    ...ProposalCard\n  }\n}": typeof types.RespondToProposalDocument,
    "mutation WithdrawProposal($id: ID!) {\n  withdrawProposal(id: $id) {\n    ...ProposalCard\n  }\n}": typeof types.WithdrawProposalDocument,
};
const documents: Documents = {
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query Me {\n  me {\n    id\n    role\n    email\n    preferredLanguage\n    sessionExpiresAt\n    organisation {\n      id\n      name\n    }\n  }\n}": types.MeDocument,
    "mutation UpdateMyPreferences($preferredLanguage: Language!) {\n  updateMyPreferences(preferredLanguage: $preferredLanguage) {\n    id\n    preferredLanguage\n  }\n}": types.UpdateMyPreferencesDocument,
    "mutation VerifyEmail($token: String!) {\n  verifyEmail(token: $token) {\n    user {\n      id\n      role\n    }\n  }\n}\n\nmutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}\n\nmutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword) {\n    user {\n      id\n      role\n    }\n  }\n}\n\nmutation AcceptInvitation($token: String!, $password: String!) {\n  acceptInvitation(token: $token, password: $password) {\n    user {\n      id\n      role\n    }\n  }\n}": types.VerifyEmailDocument,
    "fragment AttentionProfile on CapacityProfile {\n  id\n  pseudonym\n  client {\n    id\n    displayName\n  }\n}\n\nquery NeedsAttention {\n  needsAttention {\n    lastVisitAt\n    employerWaitDays\n    quietDays\n    employerRequests {\n      waitingSince\n      proposal {\n        id\n        message\n        job {\n          id\n          title\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      profile {\n        ...AttentionProfile\n      }\n    }\n    clientAnswers {\n      offer {\n        id\n        status\n        clientComment\n        respondedAt\n        job {\n          id\n          title\n        }\n      }\n      profile {\n        ...AttentionProfile\n      }\n    }\n    waitingForEmployer {\n      waitingSince\n      proposal {\n        id\n        job {\n          id\n          title\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      profile {\n        ...AttentionProfile\n      }\n    }\n    quietProfiles {\n      activeSince\n      profile {\n        ...AttentionProfile\n      }\n    }\n  }\n}": types.AttentionProfileFragmentDoc,
    "mutation RecordAttentionVisit {\n  recordAttentionVisit {\n    visitedAt\n    previousVisitAt\n  }\n}": types.RecordAttentionVisitDocument,
    "fragment CandidateMatch on Match {\n  id\n  score\n  feasible\n  blockers\n  reasons\n  supportHints {\n    ...SupportHintFields\n  }\n  breakdown {\n    tasks\n    hours\n    location\n    accommodations\n  }\n  carveOut {\n    id\n    description\n    taskType {\n      code\n      label\n    }\n  }\n  candidate {\n    id\n    pseudonym\n    summary\n    hoursPerWeekMin\n    hoursPerWeekMax\n    remoteOnly\n    municipalityCode\n    availability {\n      day\n      start\n      end\n    }\n    accommodationNeeds {\n      necessity\n      accommodation {\n        code\n        label\n      }\n    }\n  }\n}": types.CandidateMatchFragmentDoc,
    "query JobCandidates($id: ID!, $lang: Language!) {\n  job(id: $id) {\n    id\n    organisation {\n      id\n      verifiedAt\n    }\n    title\n    status\n    matching {\n      upToDate\n    }\n    advice {\n      kind\n      accommodation {\n        code\n      }\n      task {\n        id\n      }\n      minimumHours\n      additionalCandidates\n      text(lang: $lang)\n      supportHints {\n        ...SupportHintFields\n      }\n    }\n    matches(first: 20) {\n      totalCount\n      edges {\n        node {\n          ...CandidateMatch\n        }\n      }\n    }\n    nearMisses: matches(first: 20, feasibleOnly: false, nearMissesOnly: true) {\n      edges {\n        node {\n          ...CandidateMatch\n        }\n      }\n    }\n  }\n  proposals(jobId: $id, first: 100) {\n    edges {\n      node {\n        id\n        status\n        initiatedBy\n        createdAt\n        candidate {\n          id\n        }\n      }\n    }\n  }\n}": types.JobCandidatesDocument,
    "mutation RequestIntroduction($jobId: ID!, $candidateId: ID!, $message: String) {\n  requestIntroduction(jobId: $jobId, candidateId: $candidateId, message: $message) {\n    id\n    status\n    initiatedBy\n    candidate {\n      id\n    }\n  }\n}": types.RequestIntroductionDocument,
    "mutation LoginWithAccessCode($code: String!) {\n  loginWithAccessCode(code: $code) {\n    user {\n      id\n      role\n    }\n  }\n}": types.LoginWithAccessCodeDocument,
    "query CoordinatorClient($id: ID!) {\n  client(id: $id) {\n    id\n    displayName\n    contactEmail\n    preferredLanguage\n    consent {\n      shareWithEmployers\n      changedAt\n    }\n    consentHistory {\n      shareWithEmployers\n      at\n      byRole\n    }\n    profiles {\n      id\n      pseudonym\n      status\n      updatedAt\n    }\n  }\n}": types.CoordinatorClientDocument,
    "query CoordinatorClients($search: String, $first: Int, $after: String) {\n  clients(search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        displayName\n        preferredLanguage\n        consent {\n          shareWithEmployers\n          changedAt\n        }\n        profiles {\n          id\n          status\n          updatedAt\n        }\n      }\n    }\n  }\n}": types.CoordinatorClientsDocument,
    "mutation CreateClient($input: CreateClientInput!) {\n  createClient(input: $input) {\n    id\n    displayName\n  }\n}": types.CreateClientDocument,
    "mutation IssueClientAccessCode($clientId: ID!) {\n  issueClientAccessCode(clientId: $clientId)\n}": types.IssueClientAccessCodeDocument,
    "mutation RecordConsent($clientId: ID!, $shareWithEmployers: Boolean!) {\n  recordConsent(clientId: $clientId, shareWithEmployers: $shareWithEmployers) {\n    id\n    consent {\n      shareWithEmployers\n      changedAt\n    }\n    consentHistory {\n      shareWithEmployers\n      at\n      byRole\n    }\n  }\n}": types.RecordConsentDocument,
    "query MyConsent {\n  myConsent {\n    shareWithEmployers\n    changedAt\n  }\n}": types.MyConsentDocument,
    "query MyConsentHistory {\n  myConsentHistory {\n    shareWithEmployers\n    at\n    byRole\n  }\n}": types.MyConsentHistoryDocument,
    "mutation SetMyConsent($shareWithEmployers: Boolean!) {\n  setMyConsent(shareWithEmployers: $shareWithEmployers) {\n    shareWithEmployers\n    changedAt\n  }\n}": types.SetMyConsentDocument,
    "fragment CoordinatorProposal on Proposal {\n  ...ProposalCard\n  job {\n    id\n    organisation {\n      id\n      name\n    }\n  }\n}": types.CoordinatorProposalFragmentDoc,
    "query CoordinatorProposals($status: ProposalStatus) {\n  proposals(first: 100, status: $status) {\n    totalCount\n    edges {\n      node {\n        ...CoordinatorProposal\n      }\n    }\n  }\n}": types.CoordinatorProposalsDocument,
    "mutation RegisterEmployer($input: SignUpEmployerInput!) {\n  registerEmployer(input: $input)\n}": types.RegisterEmployerDocument,
    "mutation EraseClient($clientId: ID!) {\n  eraseClient(clientId: $clientId)\n}": types.EraseClientDocument,
    "query EraseClientTarget($id: ID!) {\n  client(id: $id) {\n    id\n    displayName\n    consentHistory {\n      at\n    }\n    profiles {\n      id\n      pseudonym\n      status\n      offers {\n        id\n      }\n    }\n  }\n}": types.EraseClientTargetDocument,
    "mutation CloseJob($id: ID!, $filled: Boolean) {\n  closeJob(id: $id, filled: $filled) {\n    ...JobFields\n  }\n}": types.CloseJobDocument,
    "mutation CreateJob($input: JobInput!) {\n  createJob(input: $input) {\n    ...JobFields\n  }\n}": types.CreateJobDocument,
    "query EditJob($id: ID!) {\n  job(id: $id) {\n    ...JobFields\n  }\n}": types.EditJobDocument,
    "fragment JobFields on Job {\n  id\n  organisation {\n    id\n  }\n  version\n  status\n  title\n  description\n  municipalityCode\n  remotePossible\n  hoursPerWeekMin\n  hoursPerWeekMax\n  positions\n  hourlyWage\n  schedule {\n    day\n    start\n    end\n  }\n  tasks {\n    id\n    description\n    modifiable\n    taskType {\n      code\n    }\n    demands {\n      level\n      demand {\n        code\n      }\n    }\n  }\n  accommodations {\n    code\n  }\n}": types.JobFieldsFragmentDoc,
    "query MyJobs {\n  me {\n    id\n    organisation {\n      id\n      verifiedAt\n    }\n  }\n  jobs(first: 100) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        status\n        positions\n        publishedAt\n        matching {\n          upToDate\n          candidatesScored\n        }\n        matches(first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n  proposals(first: 100) {\n    edges {\n      node {\n        id\n        status\n        initiatedBy\n        job {\n          id\n        }\n      }\n    }\n  }\n}": types.MyJobsDocument,
    "mutation PublishJob($id: ID!) {\n  publishJob(id: $id) {\n    ...JobFields\n  }\n}": types.PublishJobDocument,
    "query TaskTypes {\n  taskTypes {\n    code\n    label\n    typicalDemands {\n      level\n      demand {\n        code\n      }\n    }\n  }\n}": types.TaskTypesDocument,
    "mutation UpdateJob($id: ID!, $expectedVersion: Int, $input: JobInput!) {\n  updateJob(id: $id, expectedVersion: $expectedVersion, input: $input) {\n    ...JobFields\n  }\n}": types.UpdateJobDocument,
    "query MyNotificationSettings {\n  me {\n    id\n    role\n    notificationSettings {\n      proposals\n      introductions\n      offerAnswers\n      reminders\n    }\n  }\n}\n\nmutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n  updateNotificationSettings(input: $input) {\n    proposals\n    introductions\n    offerAnswers\n    reminders\n  }\n}": types.MyNotificationSettingsDocument,
    "query MyOffers($lang: Language!) {\n  myOffers {\n    id\n    status\n    message\n    clientComment\n    createdAt\n    respondedAt\n    earnings {\n      ...EarningsFields\n    }\n    carveOut {\n      id\n    }\n    job {\n      id\n      title\n      description\n      municipalityCode\n      remotePossible\n      hoursPerWeekMin\n      hoursPerWeekMax\n      hourlyWage\n      organisation {\n        id\n        name\n      }\n      schedule {\n        day\n        start\n        end\n      }\n      tasks {\n        id\n        description\n        taskType {\n          code\n          label(lang: $lang)\n        }\n      }\n      accommodations {\n        code\n        label(lang: $lang)\n      }\n    }\n  }\n}": types.MyOffersDocument,
    "mutation RespondToOffer($offerId: ID!, $interested: Boolean!, $comment: String) {\n  respondToOffer(offerId: $offerId, interested: $interested, comment: $comment) {\n    id\n    status\n    clientComment\n    respondedAt\n  }\n}": types.RespondToOfferDocument,
    "mutation OfferJob($jobId: ID!, $profileId: ID!, $message: String) {\n  offerJob(jobId: $jobId, profileId: $profileId, message: $message) {\n    ...ProfileOffer\n  }\n}": types.OfferJobDocument,
    "fragment ProfileMatch on Match {\n  id\n  score\n  feasible\n  blockers\n  reasons\n  earnings {\n    ...EarningsFields\n  }\n  supportHints {\n    ...SupportHintFields\n  }\n  breakdown {\n    tasks\n    hours\n    location\n    accommodations\n  }\n  carveOut {\n    id\n    description\n    taskType {\n      code\n      label\n    }\n  }\n  job {\n    id\n    title\n    status\n    municipalityCode\n    remotePossible\n    hoursPerWeekMin\n    hoursPerWeekMax\n    hourlyWage\n    organisation {\n      id\n      name\n    }\n  }\n}": types.ProfileMatchFragmentDoc,
    "query ProfileMatches($id: ID!, $lang: Language!) {\n  profile(id: $id) {\n    id\n    pseudonym\n    status\n    client {\n      id\n      displayName\n      consent {\n        shareWithEmployers\n      }\n    }\n    matching {\n      upToDate\n    }\n    matches(first: 20) {\n      totalCount\n      edges {\n        node {\n          ...ProfileMatch\n        }\n      }\n    }\n    nearMisses: matches(first: 20, feasibleOnly: false, nearMissesOnly: true) {\n      edges {\n        node {\n          ...ProfileMatch\n        }\n      }\n    }\n    offers {\n      ...ProfileOffer\n    }\n  }\n  proposals(profileId: $id, first: 100) {\n    edges {\n      node {\n        ...ProfileProposal\n      }\n    }\n  }\n}": types.ProfileMatchesDocument,
    "fragment ProfileOffer on Offer {\n  id\n  status\n  message\n  clientComment\n  createdAt\n  respondedAt\n  job {\n    id\n  }\n}": types.ProfileOfferFragmentDoc,
    "fragment ProfileProposal on Proposal {\n  id\n  status\n  initiatedBy\n  createdAt\n  job {\n    id\n  }\n}": types.ProfileProposalFragmentDoc,
    "mutation ProposeCandidate($jobId: ID!, $profileId: ID!, $message: String) {\n  proposeCandidate(jobId: $jobId, profileId: $profileId, message: $message) {\n    ...ProfileProposal\n  }\n}": types.ProposeCandidateDocument,
    "query MyProfileViews {\n  myProfileViews {\n    organisationName\n    at\n  }\n}": types.MyProfileViewsDocument,
    "mutation CreateProfile($clientId: ID!, $input: ProfileInput!) {\n  createProfile(clientId: $clientId, input: $input) {\n    ...ProfileFields\n  }\n}": types.CreateProfileDocument,
    "query EditProfile($id: ID!) {\n  profile(id: $id) {\n    ...ProfileFields\n  }\n}": types.EditProfileDocument,
    "query ProfileClient($id: ID!) {\n  client(id: $id) {\n    id\n    displayName\n    contactEmail\n  }\n}": types.ProfileClientDocument,
    "fragment ProfileFields on CapacityProfile {\n  id\n  version\n  status\n  pseudonym\n  updatedAt\n  summary\n  hoursPerWeekMin\n  hoursPerWeekMax\n  municipalityCode\n  maxCommuteKm\n  remoteOnly\n  languages\n  missingFields\n  availability {\n    day\n    start\n    end\n  }\n  abilities {\n    experience\n    taskType {\n      code\n    }\n  }\n  restrictions {\n    maxLevel\n    demand {\n      code\n    }\n  }\n  accommodationNeeds {\n    necessity\n    accommodation {\n      code\n    }\n  }\n  client {\n    id\n  }\n}": types.ProfileFieldsFragmentDoc,
    "mutation SetProfileStatus($id: ID!, $status: ProfileStatus!) {\n  setProfileStatus(id: $id, status: $status) {\n    ...ProfileFields\n  }\n}": types.SetProfileStatusDocument,
    "mutation UpdateProfile($id: ID!, $expectedVersion: Int, $input: ProfileInput!) {\n  updateProfile(id: $id, expectedVersion: $expectedVersion, input: $input) {\n    ...ProfileFields\n  }\n}": types.UpdateProfileDocument,
    "fragment EmployerProposal on Proposal {\n  ...ProposalCard\n  job {\n    id\n    positions\n  }\n  candidate {\n    id\n    summary\n  }\n}": types.EmployerProposalFragmentDoc,
    "query EmployerProposals($first: Int!) {\n  proposals(first: $first) {\n    edges {\n      node {\n        ...EmployerProposal\n      }\n    }\n  }\n}": types.EmployerProposalsDocument,
    "fragment PlacementFigures on PlacementStats {\n  proposals\n  accepted\n  trials\n  hires\n  placementRate\n  medianDaysToHire\n}\n\nquery PlacementResults($from: DateTime, $to: DateTime) {\n  placementStats(from: $from, to: $to) {\n    ...PlacementFigures\n  }\n  placementStatsByCoordinator(from: $from, to: $to) {\n    coordinatorId\n    coordinatorEmail\n    stats {\n      ...PlacementFigures\n    }\n  }\n}": types.PlacementFiguresFragmentDoc,
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    user {\n      id\n      role\n    }\n  }\n}": types.LoginDocument,
    "fragment EarningsFields on EarningsEstimate {\n  monthlyEur\n  monthlyLimitEur\n  withinLimit\n  maxWeeklyHoursWithinLimit\n  summary(lang: $lang)\n}\n\nfragment SupportHintFields on SupportHint {\n  reason(lang: $lang)\n  upToEur\n  rule {\n    code\n    label(lang: $lang)\n    sourceUrl\n    maxMonths\n  }\n}": types.EarningsFieldsFragmentDoc,
    "fragment ProposalCard on Proposal {\n  id\n  status\n  initiatedBy\n  message\n  declineReason\n  createdAt\n  updatedAt\n  job {\n    id\n    title\n    status\n  }\n  candidate {\n    id\n    pseudonym\n  }\n  events {\n    status\n    actorRole\n    at\n    note\n  }\n}": types.ProposalCardFragmentDoc,
    "mutation RecordOutcome($id: ID!, $outcome: PlacementOutcome!, $note: String) {\n  recordOutcome(id: $id, outcome: $outcome, note: $note) {\n    ...ProposalCard\n  }\n}": types.RecordOutcomeDocument,
    "mutation RespondToProposal($id: ID!, $accept: Boolean!, $declineReason: DeclineReason, $note: String) {\n  respondToProposal(\n    id: $id\n    accept: $accept\n    declineReason: $declineReason\n    note: $note\n  ) {\n    ...ProposalCard\n  }\n}": types.RespondToProposalDocument,
    "mutation WithdrawProposal($id: ID!) {\n  withdrawProposal(id: $id) {\n    ...ProposalCard\n  }\n}": types.WithdrawProposalDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout {\n  logout\n}"): (typeof documents)["mutation Logout {\n  logout\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    id\n    role\n    email\n    preferredLanguage\n    sessionExpiresAt\n    organisation {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query Me {\n  me {\n    id\n    role\n    email\n    preferredLanguage\n    sessionExpiresAt\n    organisation {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMyPreferences($preferredLanguage: Language!) {\n  updateMyPreferences(preferredLanguage: $preferredLanguage) {\n    id\n    preferredLanguage\n  }\n}"): (typeof documents)["mutation UpdateMyPreferences($preferredLanguage: Language!) {\n  updateMyPreferences(preferredLanguage: $preferredLanguage) {\n    id\n    preferredLanguage\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyEmail($token: String!) {\n  verifyEmail(token: $token) {\n    user {\n      id\n      role\n    }\n  }\n}\n\nmutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}\n\nmutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword) {\n    user {\n      id\n      role\n    }\n  }\n}\n\nmutation AcceptInvitation($token: String!, $password: String!) {\n  acceptInvitation(token: $token, password: $password) {\n    user {\n      id\n      role\n    }\n  }\n}"): (typeof documents)["mutation VerifyEmail($token: String!) {\n  verifyEmail(token: $token) {\n    user {\n      id\n      role\n    }\n  }\n}\n\nmutation RequestPasswordReset($email: String!) {\n  requestPasswordReset(email: $email)\n}\n\nmutation ResetPassword($token: String!, $newPassword: String!) {\n  resetPassword(token: $token, newPassword: $newPassword) {\n    user {\n      id\n      role\n    }\n  }\n}\n\nmutation AcceptInvitation($token: String!, $password: String!) {\n  acceptInvitation(token: $token, password: $password) {\n    user {\n      id\n      role\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment AttentionProfile on CapacityProfile {\n  id\n  pseudonym\n  client {\n    id\n    displayName\n  }\n}\n\nquery NeedsAttention {\n  needsAttention {\n    lastVisitAt\n    employerWaitDays\n    quietDays\n    employerRequests {\n      waitingSince\n      proposal {\n        id\n        message\n        job {\n          id\n          title\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      profile {\n        ...AttentionProfile\n      }\n    }\n    clientAnswers {\n      offer {\n        id\n        status\n        clientComment\n        respondedAt\n        job {\n          id\n          title\n        }\n      }\n      profile {\n        ...AttentionProfile\n      }\n    }\n    waitingForEmployer {\n      waitingSince\n      proposal {\n        id\n        job {\n          id\n          title\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      profile {\n        ...AttentionProfile\n      }\n    }\n    quietProfiles {\n      activeSince\n      profile {\n        ...AttentionProfile\n      }\n    }\n  }\n}"): (typeof documents)["fragment AttentionProfile on CapacityProfile {\n  id\n  pseudonym\n  client {\n    id\n    displayName\n  }\n}\n\nquery NeedsAttention {\n  needsAttention {\n    lastVisitAt\n    employerWaitDays\n    quietDays\n    employerRequests {\n      waitingSince\n      proposal {\n        id\n        message\n        job {\n          id\n          title\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      profile {\n        ...AttentionProfile\n      }\n    }\n    clientAnswers {\n      offer {\n        id\n        status\n        clientComment\n        respondedAt\n        job {\n          id\n          title\n        }\n      }\n      profile {\n        ...AttentionProfile\n      }\n    }\n    waitingForEmployer {\n      waitingSince\n      proposal {\n        id\n        job {\n          id\n          title\n          organisation {\n            id\n            name\n          }\n        }\n      }\n      profile {\n        ...AttentionProfile\n      }\n    }\n    quietProfiles {\n      activeSince\n      profile {\n        ...AttentionProfile\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordAttentionVisit {\n  recordAttentionVisit {\n    visitedAt\n    previousVisitAt\n  }\n}"): (typeof documents)["mutation RecordAttentionVisit {\n  recordAttentionVisit {\n    visitedAt\n    previousVisitAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CandidateMatch on Match {\n  id\n  score\n  feasible\n  blockers\n  reasons\n  supportHints {\n    ...SupportHintFields\n  }\n  breakdown {\n    tasks\n    hours\n    location\n    accommodations\n  }\n  carveOut {\n    id\n    description\n    taskType {\n      code\n      label\n    }\n  }\n  candidate {\n    id\n    pseudonym\n    summary\n    hoursPerWeekMin\n    hoursPerWeekMax\n    remoteOnly\n    municipalityCode\n    availability {\n      day\n      start\n      end\n    }\n    accommodationNeeds {\n      necessity\n      accommodation {\n        code\n        label\n      }\n    }\n  }\n}"): (typeof documents)["fragment CandidateMatch on Match {\n  id\n  score\n  feasible\n  blockers\n  reasons\n  supportHints {\n    ...SupportHintFields\n  }\n  breakdown {\n    tasks\n    hours\n    location\n    accommodations\n  }\n  carveOut {\n    id\n    description\n    taskType {\n      code\n      label\n    }\n  }\n  candidate {\n    id\n    pseudonym\n    summary\n    hoursPerWeekMin\n    hoursPerWeekMax\n    remoteOnly\n    municipalityCode\n    availability {\n      day\n      start\n      end\n    }\n    accommodationNeeds {\n      necessity\n      accommodation {\n        code\n        label\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JobCandidates($id: ID!, $lang: Language!) {\n  job(id: $id) {\n    id\n    organisation {\n      id\n      verifiedAt\n    }\n    title\n    status\n    matching {\n      upToDate\n    }\n    advice {\n      kind\n      accommodation {\n        code\n      }\n      task {\n        id\n      }\n      minimumHours\n      additionalCandidates\n      text(lang: $lang)\n      supportHints {\n        ...SupportHintFields\n      }\n    }\n    matches(first: 20) {\n      totalCount\n      edges {\n        node {\n          ...CandidateMatch\n        }\n      }\n    }\n    nearMisses: matches(first: 20, feasibleOnly: false, nearMissesOnly: true) {\n      edges {\n        node {\n          ...CandidateMatch\n        }\n      }\n    }\n  }\n  proposals(jobId: $id, first: 100) {\n    edges {\n      node {\n        id\n        status\n        initiatedBy\n        createdAt\n        candidate {\n          id\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query JobCandidates($id: ID!, $lang: Language!) {\n  job(id: $id) {\n    id\n    organisation {\n      id\n      verifiedAt\n    }\n    title\n    status\n    matching {\n      upToDate\n    }\n    advice {\n      kind\n      accommodation {\n        code\n      }\n      task {\n        id\n      }\n      minimumHours\n      additionalCandidates\n      text(lang: $lang)\n      supportHints {\n        ...SupportHintFields\n      }\n    }\n    matches(first: 20) {\n      totalCount\n      edges {\n        node {\n          ...CandidateMatch\n        }\n      }\n    }\n    nearMisses: matches(first: 20, feasibleOnly: false, nearMissesOnly: true) {\n      edges {\n        node {\n          ...CandidateMatch\n        }\n      }\n    }\n  }\n  proposals(jobId: $id, first: 100) {\n    edges {\n      node {\n        id\n        status\n        initiatedBy\n        createdAt\n        candidate {\n          id\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestIntroduction($jobId: ID!, $candidateId: ID!, $message: String) {\n  requestIntroduction(jobId: $jobId, candidateId: $candidateId, message: $message) {\n    id\n    status\n    initiatedBy\n    candidate {\n      id\n    }\n  }\n}"): (typeof documents)["mutation RequestIntroduction($jobId: ID!, $candidateId: ID!, $message: String) {\n  requestIntroduction(jobId: $jobId, candidateId: $candidateId, message: $message) {\n    id\n    status\n    initiatedBy\n    candidate {\n      id\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LoginWithAccessCode($code: String!) {\n  loginWithAccessCode(code: $code) {\n    user {\n      id\n      role\n    }\n  }\n}"): (typeof documents)["mutation LoginWithAccessCode($code: String!) {\n  loginWithAccessCode(code: $code) {\n    user {\n      id\n      role\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoordinatorClient($id: ID!) {\n  client(id: $id) {\n    id\n    displayName\n    contactEmail\n    preferredLanguage\n    consent {\n      shareWithEmployers\n      changedAt\n    }\n    consentHistory {\n      shareWithEmployers\n      at\n      byRole\n    }\n    profiles {\n      id\n      pseudonym\n      status\n      updatedAt\n    }\n  }\n}"): (typeof documents)["query CoordinatorClient($id: ID!) {\n  client(id: $id) {\n    id\n    displayName\n    contactEmail\n    preferredLanguage\n    consent {\n      shareWithEmployers\n      changedAt\n    }\n    consentHistory {\n      shareWithEmployers\n      at\n      byRole\n    }\n    profiles {\n      id\n      pseudonym\n      status\n      updatedAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoordinatorClients($search: String, $first: Int, $after: String) {\n  clients(search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        displayName\n        preferredLanguage\n        consent {\n          shareWithEmployers\n          changedAt\n        }\n        profiles {\n          id\n          status\n          updatedAt\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query CoordinatorClients($search: String, $first: Int, $after: String) {\n  clients(search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        displayName\n        preferredLanguage\n        consent {\n          shareWithEmployers\n          changedAt\n        }\n        profiles {\n          id\n          status\n          updatedAt\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateClient($input: CreateClientInput!) {\n  createClient(input: $input) {\n    id\n    displayName\n  }\n}"): (typeof documents)["mutation CreateClient($input: CreateClientInput!) {\n  createClient(input: $input) {\n    id\n    displayName\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IssueClientAccessCode($clientId: ID!) {\n  issueClientAccessCode(clientId: $clientId)\n}"): (typeof documents)["mutation IssueClientAccessCode($clientId: ID!) {\n  issueClientAccessCode(clientId: $clientId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordConsent($clientId: ID!, $shareWithEmployers: Boolean!) {\n  recordConsent(clientId: $clientId, shareWithEmployers: $shareWithEmployers) {\n    id\n    consent {\n      shareWithEmployers\n      changedAt\n    }\n    consentHistory {\n      shareWithEmployers\n      at\n      byRole\n    }\n  }\n}"): (typeof documents)["mutation RecordConsent($clientId: ID!, $shareWithEmployers: Boolean!) {\n  recordConsent(clientId: $clientId, shareWithEmployers: $shareWithEmployers) {\n    id\n    consent {\n      shareWithEmployers\n      changedAt\n    }\n    consentHistory {\n      shareWithEmployers\n      at\n      byRole\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyConsent {\n  myConsent {\n    shareWithEmployers\n    changedAt\n  }\n}"): (typeof documents)["query MyConsent {\n  myConsent {\n    shareWithEmployers\n    changedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyConsentHistory {\n  myConsentHistory {\n    shareWithEmployers\n    at\n    byRole\n  }\n}"): (typeof documents)["query MyConsentHistory {\n  myConsentHistory {\n    shareWithEmployers\n    at\n    byRole\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetMyConsent($shareWithEmployers: Boolean!) {\n  setMyConsent(shareWithEmployers: $shareWithEmployers) {\n    shareWithEmployers\n    changedAt\n  }\n}"): (typeof documents)["mutation SetMyConsent($shareWithEmployers: Boolean!) {\n  setMyConsent(shareWithEmployers: $shareWithEmployers) {\n    shareWithEmployers\n    changedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CoordinatorProposal on Proposal {\n  ...ProposalCard\n  job {\n    id\n    organisation {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["fragment CoordinatorProposal on Proposal {\n  ...ProposalCard\n  job {\n    id\n    organisation {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoordinatorProposals($status: ProposalStatus) {\n  proposals(first: 100, status: $status) {\n    totalCount\n    edges {\n      node {\n        ...CoordinatorProposal\n      }\n    }\n  }\n}"): (typeof documents)["query CoordinatorProposals($status: ProposalStatus) {\n  proposals(first: 100, status: $status) {\n    totalCount\n    edges {\n      node {\n        ...CoordinatorProposal\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterEmployer($input: SignUpEmployerInput!) {\n  registerEmployer(input: $input)\n}"): (typeof documents)["mutation RegisterEmployer($input: SignUpEmployerInput!) {\n  registerEmployer(input: $input)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EraseClient($clientId: ID!) {\n  eraseClient(clientId: $clientId)\n}"): (typeof documents)["mutation EraseClient($clientId: ID!) {\n  eraseClient(clientId: $clientId)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EraseClientTarget($id: ID!) {\n  client(id: $id) {\n    id\n    displayName\n    consentHistory {\n      at\n    }\n    profiles {\n      id\n      pseudonym\n      status\n      offers {\n        id\n      }\n    }\n  }\n}"): (typeof documents)["query EraseClientTarget($id: ID!) {\n  client(id: $id) {\n    id\n    displayName\n    consentHistory {\n      at\n    }\n    profiles {\n      id\n      pseudonym\n      status\n      offers {\n        id\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseJob($id: ID!, $filled: Boolean) {\n  closeJob(id: $id, filled: $filled) {\n    ...JobFields\n  }\n}"): (typeof documents)["mutation CloseJob($id: ID!, $filled: Boolean) {\n  closeJob(id: $id, filled: $filled) {\n    ...JobFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateJob($input: JobInput!) {\n  createJob(input: $input) {\n    ...JobFields\n  }\n}"): (typeof documents)["mutation CreateJob($input: JobInput!) {\n  createJob(input: $input) {\n    ...JobFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EditJob($id: ID!) {\n  job(id: $id) {\n    ...JobFields\n  }\n}"): (typeof documents)["query EditJob($id: ID!) {\n  job(id: $id) {\n    ...JobFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment JobFields on Job {\n  id\n  organisation {\n    id\n  }\n  version\n  status\n  title\n  description\n  municipalityCode\n  remotePossible\n  hoursPerWeekMin\n  hoursPerWeekMax\n  positions\n  hourlyWage\n  schedule {\n    day\n    start\n    end\n  }\n  tasks {\n    id\n    description\n    modifiable\n    taskType {\n      code\n    }\n    demands {\n      level\n      demand {\n        code\n      }\n    }\n  }\n  accommodations {\n    code\n  }\n}"): (typeof documents)["fragment JobFields on Job {\n  id\n  organisation {\n    id\n  }\n  version\n  status\n  title\n  description\n  municipalityCode\n  remotePossible\n  hoursPerWeekMin\n  hoursPerWeekMax\n  positions\n  hourlyWage\n  schedule {\n    day\n    start\n    end\n  }\n  tasks {\n    id\n    description\n    modifiable\n    taskType {\n      code\n    }\n    demands {\n      level\n      demand {\n        code\n      }\n    }\n  }\n  accommodations {\n    code\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyJobs {\n  me {\n    id\n    organisation {\n      id\n      verifiedAt\n    }\n  }\n  jobs(first: 100) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        status\n        positions\n        publishedAt\n        matching {\n          upToDate\n          candidatesScored\n        }\n        matches(first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n  proposals(first: 100) {\n    edges {\n      node {\n        id\n        status\n        initiatedBy\n        job {\n          id\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query MyJobs {\n  me {\n    id\n    organisation {\n      id\n      verifiedAt\n    }\n  }\n  jobs(first: 100) {\n    totalCount\n    edges {\n      node {\n        id\n        title\n        status\n        positions\n        publishedAt\n        matching {\n          upToDate\n          candidatesScored\n        }\n        matches(first: 1) {\n          totalCount\n        }\n      }\n    }\n  }\n  proposals(first: 100) {\n    edges {\n      node {\n        id\n        status\n        initiatedBy\n        job {\n          id\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishJob($id: ID!) {\n  publishJob(id: $id) {\n    ...JobFields\n  }\n}"): (typeof documents)["mutation PublishJob($id: ID!) {\n  publishJob(id: $id) {\n    ...JobFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TaskTypes {\n  taskTypes {\n    code\n    label\n    typicalDemands {\n      level\n      demand {\n        code\n      }\n    }\n  }\n}"): (typeof documents)["query TaskTypes {\n  taskTypes {\n    code\n    label\n    typicalDemands {\n      level\n      demand {\n        code\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateJob($id: ID!, $expectedVersion: Int, $input: JobInput!) {\n  updateJob(id: $id, expectedVersion: $expectedVersion, input: $input) {\n    ...JobFields\n  }\n}"): (typeof documents)["mutation UpdateJob($id: ID!, $expectedVersion: Int, $input: JobInput!) {\n  updateJob(id: $id, expectedVersion: $expectedVersion, input: $input) {\n    ...JobFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyNotificationSettings {\n  me {\n    id\n    role\n    notificationSettings {\n      proposals\n      introductions\n      offerAnswers\n      reminders\n    }\n  }\n}\n\nmutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n  updateNotificationSettings(input: $input) {\n    proposals\n    introductions\n    offerAnswers\n    reminders\n  }\n}"): (typeof documents)["query MyNotificationSettings {\n  me {\n    id\n    role\n    notificationSettings {\n      proposals\n      introductions\n      offerAnswers\n      reminders\n    }\n  }\n}\n\nmutation UpdateNotificationSettings($input: NotificationSettingsInput!) {\n  updateNotificationSettings(input: $input) {\n    proposals\n    introductions\n    offerAnswers\n    reminders\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyOffers($lang: Language!) {\n  myOffers {\n    id\n    status\n    message\n    clientComment\n    createdAt\n    respondedAt\n    earnings {\n      ...EarningsFields\n    }\n    carveOut {\n      id\n    }\n    job {\n      id\n      title\n      description\n      municipalityCode\n      remotePossible\n      hoursPerWeekMin\n      hoursPerWeekMax\n      hourlyWage\n      organisation {\n        id\n        name\n      }\n      schedule {\n        day\n        start\n        end\n      }\n      tasks {\n        id\n        description\n        taskType {\n          code\n          label(lang: $lang)\n        }\n      }\n      accommodations {\n        code\n        label(lang: $lang)\n      }\n    }\n  }\n}"): (typeof documents)["query MyOffers($lang: Language!) {\n  myOffers {\n    id\n    status\n    message\n    clientComment\n    createdAt\n    respondedAt\n    earnings {\n      ...EarningsFields\n    }\n    carveOut {\n      id\n    }\n    job {\n      id\n      title\n      description\n      municipalityCode\n      remotePossible\n      hoursPerWeekMin\n      hoursPerWeekMax\n      hourlyWage\n      organisation {\n        id\n        name\n      }\n      schedule {\n        day\n        start\n        end\n      }\n      tasks {\n        id\n        description\n        taskType {\n          code\n          label(lang: $lang)\n        }\n      }\n      accommodations {\n        code\n        label(lang: $lang)\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RespondToOffer($offerId: ID!, $interested: Boolean!, $comment: String) {\n  respondToOffer(offerId: $offerId, interested: $interested, comment: $comment) {\n    id\n    status\n    clientComment\n    respondedAt\n  }\n}"): (typeof documents)["mutation RespondToOffer($offerId: ID!, $interested: Boolean!, $comment: String) {\n  respondToOffer(offerId: $offerId, interested: $interested, comment: $comment) {\n    id\n    status\n    clientComment\n    respondedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OfferJob($jobId: ID!, $profileId: ID!, $message: String) {\n  offerJob(jobId: $jobId, profileId: $profileId, message: $message) {\n    ...ProfileOffer\n  }\n}"): (typeof documents)["mutation OfferJob($jobId: ID!, $profileId: ID!, $message: String) {\n  offerJob(jobId: $jobId, profileId: $profileId, message: $message) {\n    ...ProfileOffer\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProfileMatch on Match {\n  id\n  score\n  feasible\n  blockers\n  reasons\n  earnings {\n    ...EarningsFields\n  }\n  supportHints {\n    ...SupportHintFields\n  }\n  breakdown {\n    tasks\n    hours\n    location\n    accommodations\n  }\n  carveOut {\n    id\n    description\n    taskType {\n      code\n      label\n    }\n  }\n  job {\n    id\n    title\n    status\n    municipalityCode\n    remotePossible\n    hoursPerWeekMin\n    hoursPerWeekMax\n    hourlyWage\n    organisation {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["fragment ProfileMatch on Match {\n  id\n  score\n  feasible\n  blockers\n  reasons\n  earnings {\n    ...EarningsFields\n  }\n  supportHints {\n    ...SupportHintFields\n  }\n  breakdown {\n    tasks\n    hours\n    location\n    accommodations\n  }\n  carveOut {\n    id\n    description\n    taskType {\n      code\n      label\n    }\n  }\n  job {\n    id\n    title\n    status\n    municipalityCode\n    remotePossible\n    hoursPerWeekMin\n    hoursPerWeekMax\n    hourlyWage\n    organisation {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProfileMatches($id: ID!, $lang: Language!) {\n  profile(id: $id) {\n    id\n    pseudonym\n    status\n    client {\n      id\n      displayName\n      consent {\n        shareWithEmployers\n      }\n    }\n    matching {\n      upToDate\n    }\n    matches(first: 20) {\n      totalCount\n      edges {\n        node {\n          ...ProfileMatch\n        }\n      }\n    }\n    nearMisses: matches(first: 20, feasibleOnly: false, nearMissesOnly: true) {\n      edges {\n        node {\n          ...ProfileMatch\n        }\n      }\n    }\n    offers {\n      ...ProfileOffer\n    }\n  }\n  proposals(profileId: $id, first: 100) {\n    edges {\n      node {\n        ...ProfileProposal\n      }\n    }\n  }\n}"): (typeof documents)["query ProfileMatches($id: ID!, $lang: Language!) {\n  profile(id: $id) {\n    id\n    pseudonym\n    status\n    client {\n      id\n      displayName\n      consent {\n        shareWithEmployers\n      }\n    }\n    matching {\n      upToDate\n    }\n    matches(first: 20) {\n      totalCount\n      edges {\n        node {\n          ...ProfileMatch\n        }\n      }\n    }\n    nearMisses: matches(first: 20, feasibleOnly: false, nearMissesOnly: true) {\n      edges {\n        node {\n          ...ProfileMatch\n        }\n      }\n    }\n    offers {\n      ...ProfileOffer\n    }\n  }\n  proposals(profileId: $id, first: 100) {\n    edges {\n      node {\n        ...ProfileProposal\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProfileOffer on Offer {\n  id\n  status\n  message\n  clientComment\n  createdAt\n  respondedAt\n  job {\n    id\n  }\n}"): (typeof documents)["fragment ProfileOffer on Offer {\n  id\n  status\n  message\n  clientComment\n  createdAt\n  respondedAt\n  job {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProfileProposal on Proposal {\n  id\n  status\n  initiatedBy\n  createdAt\n  job {\n    id\n  }\n}"): (typeof documents)["fragment ProfileProposal on Proposal {\n  id\n  status\n  initiatedBy\n  createdAt\n  job {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ProposeCandidate($jobId: ID!, $profileId: ID!, $message: String) {\n  proposeCandidate(jobId: $jobId, profileId: $profileId, message: $message) {\n    ...ProfileProposal\n  }\n}"): (typeof documents)["mutation ProposeCandidate($jobId: ID!, $profileId: ID!, $message: String) {\n  proposeCandidate(jobId: $jobId, profileId: $profileId, message: $message) {\n    ...ProfileProposal\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyProfileViews {\n  myProfileViews {\n    organisationName\n    at\n  }\n}"): (typeof documents)["query MyProfileViews {\n  myProfileViews {\n    organisationName\n    at\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateProfile($clientId: ID!, $input: ProfileInput!) {\n  createProfile(clientId: $clientId, input: $input) {\n    ...ProfileFields\n  }\n}"): (typeof documents)["mutation CreateProfile($clientId: ID!, $input: ProfileInput!) {\n  createProfile(clientId: $clientId, input: $input) {\n    ...ProfileFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EditProfile($id: ID!) {\n  profile(id: $id) {\n    ...ProfileFields\n  }\n}"): (typeof documents)["query EditProfile($id: ID!) {\n  profile(id: $id) {\n    ...ProfileFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProfileClient($id: ID!) {\n  client(id: $id) {\n    id\n    displayName\n    contactEmail\n  }\n}"): (typeof documents)["query ProfileClient($id: ID!) {\n  client(id: $id) {\n    id\n    displayName\n    contactEmail\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProfileFields on CapacityProfile {\n  id\n  version\n  status\n  pseudonym\n  updatedAt\n  summary\n  hoursPerWeekMin\n  hoursPerWeekMax\n  municipalityCode\n  maxCommuteKm\n  remoteOnly\n  languages\n  missingFields\n  availability {\n    day\n    start\n    end\n  }\n  abilities {\n    experience\n    taskType {\n      code\n    }\n  }\n  restrictions {\n    maxLevel\n    demand {\n      code\n    }\n  }\n  accommodationNeeds {\n    necessity\n    accommodation {\n      code\n    }\n  }\n  client {\n    id\n  }\n}"): (typeof documents)["fragment ProfileFields on CapacityProfile {\n  id\n  version\n  status\n  pseudonym\n  updatedAt\n  summary\n  hoursPerWeekMin\n  hoursPerWeekMax\n  municipalityCode\n  maxCommuteKm\n  remoteOnly\n  languages\n  missingFields\n  availability {\n    day\n    start\n    end\n  }\n  abilities {\n    experience\n    taskType {\n      code\n    }\n  }\n  restrictions {\n    maxLevel\n    demand {\n      code\n    }\n  }\n  accommodationNeeds {\n    necessity\n    accommodation {\n      code\n    }\n  }\n  client {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetProfileStatus($id: ID!, $status: ProfileStatus!) {\n  setProfileStatus(id: $id, status: $status) {\n    ...ProfileFields\n  }\n}"): (typeof documents)["mutation SetProfileStatus($id: ID!, $status: ProfileStatus!) {\n  setProfileStatus(id: $id, status: $status) {\n    ...ProfileFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProfile($id: ID!, $expectedVersion: Int, $input: ProfileInput!) {\n  updateProfile(id: $id, expectedVersion: $expectedVersion, input: $input) {\n    ...ProfileFields\n  }\n}"): (typeof documents)["mutation UpdateProfile($id: ID!, $expectedVersion: Int, $input: ProfileInput!) {\n  updateProfile(id: $id, expectedVersion: $expectedVersion, input: $input) {\n    ...ProfileFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EmployerProposal on Proposal {\n  ...ProposalCard\n  job {\n    id\n    positions\n  }\n  candidate {\n    id\n    summary\n  }\n}"): (typeof documents)["fragment EmployerProposal on Proposal {\n  ...ProposalCard\n  job {\n    id\n    positions\n  }\n  candidate {\n    id\n    summary\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EmployerProposals($first: Int!) {\n  proposals(first: $first) {\n    edges {\n      node {\n        ...EmployerProposal\n      }\n    }\n  }\n}"): (typeof documents)["query EmployerProposals($first: Int!) {\n  proposals(first: $first) {\n    edges {\n      node {\n        ...EmployerProposal\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PlacementFigures on PlacementStats {\n  proposals\n  accepted\n  trials\n  hires\n  placementRate\n  medianDaysToHire\n}\n\nquery PlacementResults($from: DateTime, $to: DateTime) {\n  placementStats(from: $from, to: $to) {\n    ...PlacementFigures\n  }\n  placementStatsByCoordinator(from: $from, to: $to) {\n    coordinatorId\n    coordinatorEmail\n    stats {\n      ...PlacementFigures\n    }\n  }\n}"): (typeof documents)["fragment PlacementFigures on PlacementStats {\n  proposals\n  accepted\n  trials\n  hires\n  placementRate\n  medianDaysToHire\n}\n\nquery PlacementResults($from: DateTime, $to: DateTime) {\n  placementStats(from: $from, to: $to) {\n    ...PlacementFigures\n  }\n  placementStatsByCoordinator(from: $from, to: $to) {\n    coordinatorId\n    coordinatorEmail\n    stats {\n      ...PlacementFigures\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    user {\n      id\n      role\n    }\n  }\n}"): (typeof documents)["mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    user {\n      id\n      role\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EarningsFields on EarningsEstimate {\n  monthlyEur\n  monthlyLimitEur\n  withinLimit\n  maxWeeklyHoursWithinLimit\n  summary(lang: $lang)\n}\n\nfragment SupportHintFields on SupportHint {\n  reason(lang: $lang)\n  upToEur\n  rule {\n    code\n    label(lang: $lang)\n    sourceUrl\n    maxMonths\n  }\n}"): (typeof documents)["fragment EarningsFields on EarningsEstimate {\n  monthlyEur\n  monthlyLimitEur\n  withinLimit\n  maxWeeklyHoursWithinLimit\n  summary(lang: $lang)\n}\n\nfragment SupportHintFields on SupportHint {\n  reason(lang: $lang)\n  upToEur\n  rule {\n    code\n    label(lang: $lang)\n    sourceUrl\n    maxMonths\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProposalCard on Proposal {\n  id\n  status\n  initiatedBy\n  message\n  declineReason\n  createdAt\n  updatedAt\n  job {\n    id\n    title\n    status\n  }\n  candidate {\n    id\n    pseudonym\n  }\n  events {\n    status\n    actorRole\n    at\n    note\n  }\n}"): (typeof documents)["fragment ProposalCard on Proposal {\n  id\n  status\n  initiatedBy\n  message\n  declineReason\n  createdAt\n  updatedAt\n  job {\n    id\n    title\n    status\n  }\n  candidate {\n    id\n    pseudonym\n  }\n  events {\n    status\n    actorRole\n    at\n    note\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordOutcome($id: ID!, $outcome: PlacementOutcome!, $note: String) {\n  recordOutcome(id: $id, outcome: $outcome, note: $note) {\n    ...ProposalCard\n  }\n}"): (typeof documents)["mutation RecordOutcome($id: ID!, $outcome: PlacementOutcome!, $note: String) {\n  recordOutcome(id: $id, outcome: $outcome, note: $note) {\n    ...ProposalCard\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RespondToProposal($id: ID!, $accept: Boolean!, $declineReason: DeclineReason, $note: String) {\n  respondToProposal(\n    id: $id\n    accept: $accept\n    declineReason: $declineReason\n    note: $note\n  ) {\n    ...ProposalCard\n  }\n}"): (typeof documents)["mutation RespondToProposal($id: ID!, $accept: Boolean!, $declineReason: DeclineReason, $note: String) {\n  respondToProposal(\n    id: $id\n    accept: $accept\n    declineReason: $declineReason\n    note: $note\n  ) {\n    ...ProposalCard\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawProposal($id: ID!) {\n  withdrawProposal(id: $id) {\n    ...ProposalCard\n  }\n}"): (typeof documents)["mutation WithdrawProposal($id: ID!) {\n  withdrawProposal(id: $id) {\n    ...ProposalCard\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;