import { graphql } from '../../../gql';

export const UpdateCommuneProfilesMutation = graphql(`
  mutation UpdateCommuneProfiles($input: UpdateCommuneProfilesInput!) {
    updateCommuneProfiles(input: $input) {
      id
      profile {
        ...CommuneProfileFields
      }
    }
  }
`);

export const ProfilesCsvQuery = graphql(`
  query ProfilesCsv($epciId: ID!) {
    epci(id: $epciId) {
      id
      profilesCsv
    }
  }
`);

export const ProfilesImportPreviewQuery = graphql(`
  query ProfilesImportPreview($input: ProfilesImportInput!) {
    profilesImportPreview(input: $input) {
      rowsRead
      communesChanged
      digest
      changes {
        inseeCode
        communeName
        field
        fieldLabel
        before
        after
      }
      problems {
        line
        message
      }
    }
  }
`);

export const ImportProfilesMutation = graphql(`
  mutation ImportProfiles($input: ProfilesImportInput!, $digest: String!) {
    importProfiles(input: $input, digest: $digest)
  }
`);
