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
    "mutation LoginWithAccessCode($code: String!) {\n  loginWithAccessCode(code: $code) {\n    user {\n      id\n      role\n    }\n  }\n}": typeof types.LoginWithAccessCodeDocument,
    "query CoordinatorClient($id: ID!) {\n  client(id: $id) {\n    id\n    displayName\n    contactEmail\n    preferredLanguage\n    consent {\n      shareWithEmployers\n      changedAt\n    }\n    consentHistory {\n      shareWithEmployers\n      at\n      byRole\n    }\n    profiles {\n      id\n      pseudonym\n      status\n      updatedAt\n    }\n  }\n}": typeof types.CoordinatorClientDocument,
    "query CoordinatorClients($search: String, $first: Int, $after: String) {\n  clients(search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        displayName\n        preferredLanguage\n        consent {\n          shareWithEmployers\n          changedAt\n        }\n        profiles {\n          id\n          status\n          updatedAt\n        }\n      }\n    }\n  }\n}": typeof types.CoordinatorClientsDocument,
    "mutation CreateClient($input: CreateClientInput!) {\n  createClient(input: $input) {\n    id\n    displayName\n  }\n}": typeof types.CreateClientDocument,
    "mutation IssueClientAccessCode($clientId: ID!) {\n  issueClientAccessCode(clientId: $clientId)\n}": typeof types.IssueClientAccessCodeDocument,
    "mutation RecordConsent($clientId: ID!, $shareWithEmployers: Boolean!) {\n  recordConsent(clientId: $clientId, shareWithEmployers: $shareWithEmployers) {\n    id\n    consent {\n      shareWithEmployers\n      changedAt\n    }\n    consentHistory {\n      shareWithEmployers\n      at\n      byRole\n    }\n  }\n}": typeof types.RecordConsentDocument,
    "query MyConsent {\n  myConsent {\n    shareWithEmployers\n    changedAt\n  }\n}": typeof types.MyConsentDocument,
    "mutation SetMyConsent($shareWithEmployers: Boolean!) {\n  setMyConsent(shareWithEmployers: $shareWithEmployers) {\n    shareWithEmployers\n    changedAt\n  }\n}": typeof types.SetMyConsentDocument,
    "query MyOffers($lang: Language!) {\n  myOffers {\n    id\n    status\n    message\n    clientComment\n    createdAt\n    respondedAt\n    carveOut {\n      id\n    }\n    job {\n      id\n      title\n      description\n      municipalityCode\n      remotePossible\n      hoursPerWeekMin\n      hoursPerWeekMax\n      hourlyWage\n      organisation {\n        id\n        name\n      }\n      schedule {\n        day\n        start\n        end\n      }\n      tasks {\n        id\n        description\n        taskType {\n          code\n          label(lang: $lang)\n        }\n      }\n      accommodations {\n        code\n        label(lang: $lang)\n      }\n    }\n  }\n}": typeof types.MyOffersDocument,
    "mutation RespondToOffer($offerId: ID!, $interested: Boolean!, $comment: String) {\n  respondToOffer(offerId: $offerId, interested: $interested, comment: $comment) {\n    id\n    status\n    clientComment\n    respondedAt\n  }\n}": typeof types.RespondToOfferDocument,
    "query MyProfileViews {\n  myProfileViews {\n    organisationName\n    at\n  }\n}": typeof types.MyProfileViewsDocument,
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    user {\n      id\n      role\n    }\n  }\n}": typeof types.LoginDocument,
};
const documents: Documents = {
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query Me {\n  me {\n    id\n    role\n    email\n    preferredLanguage\n    sessionExpiresAt\n    organisation {\n      id\n      name\n    }\n  }\n}": types.MeDocument,
    "mutation UpdateMyPreferences($preferredLanguage: Language!) {\n  updateMyPreferences(preferredLanguage: $preferredLanguage) {\n    id\n    preferredLanguage\n  }\n}": types.UpdateMyPreferencesDocument,
    "mutation LoginWithAccessCode($code: String!) {\n  loginWithAccessCode(code: $code) {\n    user {\n      id\n      role\n    }\n  }\n}": types.LoginWithAccessCodeDocument,
    "query CoordinatorClient($id: ID!) {\n  client(id: $id) {\n    id\n    displayName\n    contactEmail\n    preferredLanguage\n    consent {\n      shareWithEmployers\n      changedAt\n    }\n    consentHistory {\n      shareWithEmployers\n      at\n      byRole\n    }\n    profiles {\n      id\n      pseudonym\n      status\n      updatedAt\n    }\n  }\n}": types.CoordinatorClientDocument,
    "query CoordinatorClients($search: String, $first: Int, $after: String) {\n  clients(search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        displayName\n        preferredLanguage\n        consent {\n          shareWithEmployers\n          changedAt\n        }\n        profiles {\n          id\n          status\n          updatedAt\n        }\n      }\n    }\n  }\n}": types.CoordinatorClientsDocument,
    "mutation CreateClient($input: CreateClientInput!) {\n  createClient(input: $input) {\n    id\n    displayName\n  }\n}": types.CreateClientDocument,
    "mutation IssueClientAccessCode($clientId: ID!) {\n  issueClientAccessCode(clientId: $clientId)\n}": types.IssueClientAccessCodeDocument,
    "mutation RecordConsent($clientId: ID!, $shareWithEmployers: Boolean!) {\n  recordConsent(clientId: $clientId, shareWithEmployers: $shareWithEmployers) {\n    id\n    consent {\n      shareWithEmployers\n      changedAt\n    }\n    consentHistory {\n      shareWithEmployers\n      at\n      byRole\n    }\n  }\n}": types.RecordConsentDocument,
    "query MyConsent {\n  myConsent {\n    shareWithEmployers\n    changedAt\n  }\n}": types.MyConsentDocument,
    "mutation SetMyConsent($shareWithEmployers: Boolean!) {\n  setMyConsent(shareWithEmployers: $shareWithEmployers) {\n    shareWithEmployers\n    changedAt\n  }\n}": types.SetMyConsentDocument,
    "query MyOffers($lang: Language!) {\n  myOffers {\n    id\n    status\n    message\n    clientComment\n    createdAt\n    respondedAt\n    carveOut {\n      id\n    }\n    job {\n      id\n      title\n      description\n      municipalityCode\n      remotePossible\n      hoursPerWeekMin\n      hoursPerWeekMax\n      hourlyWage\n      organisation {\n        id\n        name\n      }\n      schedule {\n        day\n        start\n        end\n      }\n      tasks {\n        id\n        description\n        taskType {\n          code\n          label(lang: $lang)\n        }\n      }\n      accommodations {\n        code\n        label(lang: $lang)\n      }\n    }\n  }\n}": types.MyOffersDocument,
    "mutation RespondToOffer($offerId: ID!, $interested: Boolean!, $comment: String) {\n  respondToOffer(offerId: $offerId, interested: $interested, comment: $comment) {\n    id\n    status\n    clientComment\n    respondedAt\n  }\n}": types.RespondToOfferDocument,
    "query MyProfileViews {\n  myProfileViews {\n    organisationName\n    at\n  }\n}": types.MyProfileViewsDocument,
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    user {\n      id\n      role\n    }\n  }\n}": types.LoginDocument,
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
export function graphql(source: "mutation SetMyConsent($shareWithEmployers: Boolean!) {\n  setMyConsent(shareWithEmployers: $shareWithEmployers) {\n    shareWithEmployers\n    changedAt\n  }\n}"): (typeof documents)["mutation SetMyConsent($shareWithEmployers: Boolean!) {\n  setMyConsent(shareWithEmployers: $shareWithEmployers) {\n    shareWithEmployers\n    changedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyOffers($lang: Language!) {\n  myOffers {\n    id\n    status\n    message\n    clientComment\n    createdAt\n    respondedAt\n    carveOut {\n      id\n    }\n    job {\n      id\n      title\n      description\n      municipalityCode\n      remotePossible\n      hoursPerWeekMin\n      hoursPerWeekMax\n      hourlyWage\n      organisation {\n        id\n        name\n      }\n      schedule {\n        day\n        start\n        end\n      }\n      tasks {\n        id\n        description\n        taskType {\n          code\n          label(lang: $lang)\n        }\n      }\n      accommodations {\n        code\n        label(lang: $lang)\n      }\n    }\n  }\n}"): (typeof documents)["query MyOffers($lang: Language!) {\n  myOffers {\n    id\n    status\n    message\n    clientComment\n    createdAt\n    respondedAt\n    carveOut {\n      id\n    }\n    job {\n      id\n      title\n      description\n      municipalityCode\n      remotePossible\n      hoursPerWeekMin\n      hoursPerWeekMax\n      hourlyWage\n      organisation {\n        id\n        name\n      }\n      schedule {\n        day\n        start\n        end\n      }\n      tasks {\n        id\n        description\n        taskType {\n          code\n          label(lang: $lang)\n        }\n      }\n      accommodations {\n        code\n        label(lang: $lang)\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RespondToOffer($offerId: ID!, $interested: Boolean!, $comment: String) {\n  respondToOffer(offerId: $offerId, interested: $interested, comment: $comment) {\n    id\n    status\n    clientComment\n    respondedAt\n  }\n}"): (typeof documents)["mutation RespondToOffer($offerId: ID!, $interested: Boolean!, $comment: String) {\n  respondToOffer(offerId: $offerId, interested: $interested, comment: $comment) {\n    id\n    status\n    clientComment\n    respondedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyProfileViews {\n  myProfileViews {\n    organisationName\n    at\n  }\n}"): (typeof documents)["query MyProfileViews {\n  myProfileViews {\n    organisationName\n    at\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    user {\n      id\n      role\n    }\n  }\n}"): (typeof documents)["mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    user {\n      id\n      role\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;