namespace CustomerGraph.GraphQL.Tests.Language;

/// <summary>The GraphQL examples of the specification's section 2 (September 2025 edition), verbatim.</summary>
public static class SpecLanguageExamples
{
    public static TheoryData<string> All =>
        new()
        {
            """"
                """
                Request the current status of a time machine and its operator.
                You can also check the status for a particular year.
                **Warning:** certain years may trigger an anomaly in the space-time continuum.
                """
                query GetTimeMachineStatus(
                  "The unique serial number of the time machine to inspect."
                  $machineId: ID!
                  "The year to check the status for."
                  $year: Int
                ) {
                  timeMachine(id: $machineId) {
                    ...TimeMachineDetails
                    status(year: $year)
                  }
                }

                "Details about a time machine and its operator."
                fragment TimeMachineDetails on TimeMachine {
                  id
                  model
                  lastMaintenance
                  operator {
                    name
                    licenseLevel
                  }
                }
                """",
            """"
                """
                Mark story 12345 as "liked"
                and return the updated number of likes on the story
                """
                mutation {
                  likeStory(storyID: 12345) {
                    story {
                      likeCount
                    }
                  }
                }
                """",
            """"
                {
                  field
                }
                """",
            """"
                {
                  id
                  firstName
                  lastName
                }
                """",
            """"
                {
                  me {
                    id
                    firstName
                    lastName
                    birthday {
                      month
                      day
                    }
                    friends {
                      name
                    }
                  }
                }
                """",
            """"
                # `me` could represent the currently logged in viewer.
                {
                  me {
                    name
                  }
                }

                # `user` represents one of many users in a graph of data, referred to by a
                # unique identifier.
                {
                  user(id: 4) {
                    name
                  }
                }
                """",
            """"
                {
                  user(id: 4) {
                    id
                    name
                    profilePic(size: 100)
                  }
                }
                """",
            """"
                {
                  user(id: 4) {
                    id
                    name
                    profilePic(width: 100, height: 50)
                  }
                }
                """",
            """"
                {
                  picture(width: 200, height: 100)
                }
                """",
            """"
                {
                  picture(height: 100, width: 200)
                }
                """",
            """"
                {
                  user(id: 4) {
                    id
                    name
                    smallPic: profilePic(size: 64)
                    bigPic: profilePic(size: 1024)
                  }
                }
                """",
            """"
                {
                  zuck: user(id: 4) {
                    id
                    name
                  }
                }
                """",
            """"
                query noFragments {
                  user(id: 4) {
                    friends(first: 10) {
                      id
                      name
                      profilePic(size: 50)
                    }
                    mutualFriends(first: 10) {
                      id
                      name
                      profilePic(size: 50)
                    }
                  }
                }
                """",
            """"
                query withFragments {
                  user(id: 4) {
                    friends(first: 10) {
                      ...friendFields
                    }
                    mutualFriends(first: 10) {
                      ...friendFields
                    }
                  }
                }

                "Common fields for a user's friends."
                fragment friendFields on User {
                  id
                  name
                  profilePic(size: 50)
                }
                """",
            """"
                query withNestedFragments {
                  user(id: 4) {
                    friends(first: 10) {
                      ...friendFields
                    }
                    mutualFriends(first: 10) {
                      ...friendFields
                    }
                  }
                }

                fragment friendFields on User {
                  id
                  name
                  ...standardProfilePic
                }

                fragment standardProfilePic on User {
                  profilePic(size: 50)
                }
                """",
            """"
                query FragmentTyping {
                  profiles(handles: ["zuck", "coca-cola"]) {
                    handle
                    ...userFragment
                    ...pageFragment
                  }
                }

                fragment userFragment on User {
                  friends {
                    count
                  }
                }

                fragment pageFragment on Page {
                  likers {
                    count
                  }
                }
                """",
            """"
                query inlineFragmentTyping {
                  profiles(handles: ["zuck", "coca-cola"]) {
                    handle
                    ... on User {
                      friends {
                        count
                      }
                    }
                    ... on Page {
                      likers {
                        count
                      }
                    }
                  }
                }
                """",
            """"
                query inlineFragmentNoType($expandedInfo: Boolean) {
                  user(handle: "zuck") {
                    id
                    name
                    ... @include(if: $expandedInfo) {
                      firstName
                      lastName
                      birthday
                    }
                  }
                }
                """",
            """"
                mutation {
                  sendEmail(message: """
                    Hello,
                      World!

                    Yours,
                      GraphQL.
                  """)
                }
                """",
            """"
                mutation {
                  sendEmail(message: "Hello,\n  World!\n\nYours,\n  GraphQL.")
                }
                """",
            """"
                {
                  field(arg: null)
                  field
                }
                """",
            """"
                {
                  nearestThing(location: { lon: 12.43, lat: -53.211 })
                }
                """",
            """"
                {
                  nearestThing(location: { lat: -53.211, lon: 12.43 })
                }
                """",
            """"
                query getZuckProfile(
                  "The size of the profile picture to fetch."
                  $devicePicSize: Int
                ) {
                  user(id: 4) {
                    id
                    name
                    profilePic(size: $devicePicSize)
                  }
                }
                """",
            """"
                type Person
                  @addExternalFields(source: "profiles")
                  @excludeField(name: "photo") {
                  name: String
                }
                """",
            """"
                type Person
                  @excludeField(name: "photo")
                  @addExternalFields(source: "profiles") {
                  name: String
                }
                """",
            """"
                type Query {
                  searchBusiness(criteria: SearchCriteria!): [Business]
                }

                input SearchCriteria {
                  name: String
                  filter: SearchFilter
                }

                enum SearchFilter {
                  OPEN_NOW
                  DELIVERS_TAKEOUT
                  VEGETARIAN_MENU
                }

                type Business {
                  id: ID
                  name: String
                  email: String @private(scope: "loggedIn")
                }

                directive @private(scope: String!) on FIELD_DEFINITION
                """",
        };
}
