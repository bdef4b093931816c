using Xunit.Abstractions;

namespace CustomerGraph.Api.Tests;

/// <summary>A case's display name as a theory argument: xunit shows it whole (it shortens plain strings).</summary>
public sealed class CaseName : IXunitSerializable
{
    public CaseName() { }

    public CaseName(string value) => Value = value;

    public string Value { get; private set; } = "";

    public void Deserialize(IXunitSerializationInfo info) => Value = info.GetValue<string>(nameof(Value));

    public void Serialize(IXunitSerializationInfo info) => info.AddValue(nameof(Value), Value);

    public override string ToString() => Value;
}
