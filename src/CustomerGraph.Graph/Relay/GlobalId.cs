using System.Buffers.Text;
using System.Text;

namespace CustomerGraph.Graph.Relay;

/// <summary>
/// Relay global ids: base64 of <c>TypeName:entityId</c>. Opaque to clients; decoding checks the type name and the
/// entity id, so a forged or mangled id finds nothing instead of failing.
/// </summary>
public static class GlobalId
{
    /// <summary>The global id of the entity <paramref name="id"/> of object type <paramref name="typeName"/>.</summary>
    public static string Encode(string typeName, Guid id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{typeName}:{id:D}"));

    /// <summary>Reads a global id; false for anything this API did not hand out.</summary>
    public static bool TryDecode(string? globalId, out string typeName, out Guid id)
    {
        typeName = "";
        id = Guid.Empty;
        // Type name, colon, 36-character id: base64 of at most ~100 bytes.
        if (globalId is null || globalId.Length is 0 or > 200 || !Base64.IsValid(globalId))
            return false;
        var text = Encoding.UTF8.GetString(Convert.FromBase64String(globalId));
        var colon = text.IndexOf(':');
        if (colon <= 0 || !Guid.TryParseExact(text.AsSpan(colon + 1), "D", out id))
            return false;
        typeName = text[..colon];
        return true;
    }

    /// <summary>Reads a global id of one expected type.</summary>
    public static bool TryDecode(string? globalId, string expectedTypeName, out Guid id) =>
        TryDecode(globalId, out var typeName, out id) && typeName == expectedTypeName;
}
