import { graphql } from '../../../gql';

export const DocumentFields = graphql(`
  fragment DocumentFields on DeliberationDocument {
    byteSize
    uploadedAt
    url
  }
`);

export const OpinionFields = graphql(`
  fragment OpinionFields on Opinion {
    id
    consultationId
    communeId
    kind
    reservations
    deliberationNumber
    deliberationDate
    recordedOnPaper
    recordedByName
    recordedAt
    updatedAt
    document {
      ...DocumentFields
    }
  }
`);

/** One commune's row of the board, or the reviewer's own situation. */
export const ConsultationCommuneFields = graphql(`
  fragment ConsultationCommuneFields on ConsultationCommune {
    communeId
    insee
    name
    population
    notifiedOn
    deadline
    daysLeft
    state
    late
    deemedFavorableOn
    commentCount
    siretKnown
    opinion {
      ...OpinionFields
    }
  }
`);

export const ConsultationSummaryFields = graphql(`
  fragment ConsultationSummaryFields on Consultation {
    id
    epciId
    schemeId
    schemeTitle
    versionId
    versionNumber
    status
    openedAt
    openedByName
    closedAt
    closedByName
    withdrawnAt
    withdrawnByName
    withdrawalReason
    lastDeadline
    closableFrom
  }
`);

/** The consultations of an EPCI; a reviewer's own situation comes with each. */
export const ConsultationsQuery = graphql(`
  query Consultations($epciId: ID!) {
    consultations(epciId: $epciId) {
      ...ConsultationSummaryFields
      myCommune {
        ...ConsultationCommuneFields
      }
    }
  }
`);

/** The board: every commune's answer, attention first, and the totals. */
export const ConsultationBoardQuery = graphql(`
  query ConsultationBoard($id: ID!, $filter: BoardFilter) {
    consultation(id: $id) {
      ...ConsultationSummaryFields
      myCommune {
        communeId
      }
      communes(filter: $filter) {
        ...ConsultationCommuneFields
      }
      totals {
        communes
        favorable
        favorableWithReservations
        unfavorable
        deemedFavorable
        awaited
        population
        favorablePopulation
        favorableWithReservationsPopulation
        unfavorablePopulation
        deemedFavorablePopulation
        awaitedPopulation
      }
    }
  }
`);

export const CommentFields = graphql(`
  fragment CommentFields on ConsultationComment {
    id
    consultationId
    communeId
    actionId
    parentId
    authorName
    authorSide
    body
    createdAt
    editedAt
    withdrawnAt
    editableUntil
    mine
  }
`);

export const ConsultationCommentsQuery = graphql(`
  query ConsultationComments($consultationId: ID!, $communeId: ID!) {
    consultationComments(consultationId: $consultationId, communeId: $communeId) {
      ...CommentFields
      replies {
        ...CommentFields
      }
    }
  }
`);

export const DecisionFields = graphql(`
  fragment DecisionFields on VersionDecision {
    id
    kind
    epciId
    schemeId
    schemeTitle
    versionId
    versionNumber
    consultationId
    deliberationNumber
    deliberationDate
    votes {
      inOffice
      present
      for
      against
      abstentions
    }
    reason
    recordedByName
    recordedForElected
    recordedAt
    supersededByVersionNumber
    supersededOn
    document {
      ...DocumentFields
    }
  }
`);

/** What the EPCI page shows: the scheme in force and every council decision before it. */
export const SchemeInForceQuery = graphql(`
  query SchemeInForce($epciId: ID!) {
    schemeInForce(epciId: $epciId) {
      ...DecisionFields
    }
    adoptions(epciId: $epciId) {
      ...DecisionFields
    }
    epci(id: $epciId) {
      id
      siren
      siret
    }
  }
`);

/** A version's place in the lifecycle: its status, its scheme's rounds of consultation and the council's decisions. */
export const VersionLifecycleQuery = graphql(`
  query VersionLifecycle($epciId: ID!, $schemeId: ID!, $versionId: ID!) {
    version(id: $versionId) {
      id
      number
      status
    }
    consultations(epciId: $epciId, schemeId: $schemeId) {
      ...ConsultationSummaryFields
    }
    adoptions(epciId: $epciId) {
      ...DecisionFields
    }
  }
`);

export const DeliberationsCsvQuery = graphql(`
  query DeliberationsCsv($versionId: ID!) {
    deliberationsCsv(versionId: $versionId) {
      fileName
      content
    }
  }
`);

export const OpenConsultationMutation = graphql(`
  mutation OpenConsultation($input: OpenConsultationInput!) {
    openConsultation(input: $input) {
      ...ConsultationSummaryFields
    }
  }
`);

export const CloseConsultationMutation = graphql(`
  mutation CloseConsultation($consultationId: ID!) {
    closeConsultation(consultationId: $consultationId) {
      ...ConsultationSummaryFields
    }
  }
`);

export const WithdrawConsultationMutation = graphql(`
  mutation WithdrawConsultation($consultationId: ID!, $reason: String!) {
    withdrawConsultation(consultationId: $consultationId, reason: $reason) {
      ...ConsultationSummaryFields
    }
  }
`);

export const RecordOpinionMutation = graphql(`
  mutation RecordOpinion($input: OpinionInput!) {
    recordOpinion(input: $input) {
      ...OpinionFields
    }
  }
`);

export const AddCommentMutation = graphql(`
  mutation AddComment($input: CommentInput!) {
    addComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const EditCommentMutation = graphql(`
  mutation EditComment($id: ID!, $body: String!) {
    editComment(id: $id, body: $body) {
      ...CommentFields
    }
  }
`);

export const WithdrawCommentMutation = graphql(`
  mutation WithdrawComment($id: ID!) {
    withdrawComment(id: $id) {
      ...CommentFields
    }
  }
`);

export const RecordAdoptionMutation = graphql(`
  mutation RecordAdoption($input: AdoptionInput!) {
    recordAdoption(input: $input) {
      ...DecisionFields
    }
  }
`);

export const RecordRejectionMutation = graphql(`
  mutation RecordRejection($input: RejectionInput!) {
    recordRejection(input: $input) {
      ...DecisionFields
    }
  }
`);

export const SetEpciSiretMutation = graphql(`
  mutation SetEpciSiret($epciId: ID!, $nic: String!) {
    setEpciSiret(epciId: $epciId, nic: $nic)
  }
`);

/** The communes a version is sent to: every member of the EPCI. */
export const EpciCommunesQuery = graphql(`
  query ConsultationEpciCommunes($epciId: ID!) {
    epci(id: $epciId) {
      id
      communes {
        id
        inseeCode
        name
        populationTotale
      }
    }
  }
`);
