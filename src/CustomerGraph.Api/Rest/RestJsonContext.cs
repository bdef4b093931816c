using System.Text.Json;
using System.Text.Json.Serialization;

namespace CustomerGraph.Api.Rest;

/// <summary>
/// The request bodies, deserialized by source-generated metadata. Member names are matched exactly (camelCase, case
/// sensitive) and numbers must be JSON numbers; unknown members are skipped. Comments, trailing commas and duplicate
/// members never get here: <see cref="RestBody"/> refuses such a body first.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = false,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    Converters = [typeof(OptionalJsonConverterFactory), typeof(EnumNameJsonConverterFactory)]
)]
[JsonSerializable(typeof(CreateCustomerRequest))]
[JsonSerializable(typeof(CustomerPatchRequest))]
[JsonSerializable(typeof(UpsertCustomerRequest))]
[JsonSerializable(typeof(AddressRequest))]
[JsonSerializable(typeof(CreateContactRequest))]
[JsonSerializable(typeof(ContactPatchRequest))]
[JsonSerializable(typeof(UpdateCustomerAssetsRequest))]
[JsonSerializable(typeof(AssetAssignmentRequest))]
[JsonSerializable(typeof(CreateCustomFieldDefinitionRequest))]
[JsonSerializable(typeof(CustomFieldDefinitionPatchRequest))]
[JsonSerializable(typeof(CreateCustomFieldValueRequest))]
[JsonSerializable(typeof(CustomFieldValuePatchRequest))]
[JsonSerializable(typeof(SetCustomFieldValuesRequest))]
public sealed partial class RestJsonContext : JsonSerializerContext;
