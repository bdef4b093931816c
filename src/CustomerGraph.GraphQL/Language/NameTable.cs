using System.Text;

namespace CustomerGraph.GraphQL.Language;

/// <summary>
/// A lossy, lock-free intern table for the short ASCII texts of names and numbers. Documents repeat the same
/// field and type names over and over; handing out one string per spelling saves an allocation per token and
/// lets later phases compare names by reference first. A slot holds the last string stored in it; races only
/// cost a redundant allocation, never a wrong answer, because strings are immutable and slot writes atomic.
/// </summary>
internal static class NameTable
{
    private const int SlotCount = 4096;
    private const int MaxInternedLength = 48;
    private static readonly string?[] Slots = new string?[SlotCount];

    /// <summary>The string for an ASCII spelling, shared with earlier lookups of the same spelling where possible.</summary>
    public static string Get(ReadOnlySpan<byte> ascii)
    {
        if (ascii.Length > MaxInternedLength)
        {
            return Encoding.Latin1.GetString(ascii);
        }
        uint hash = 2166136261;
        foreach (byte code in ascii)
        {
            hash = (hash ^ code) * 16777619;
        }
        ref string? slot = ref Slots[hash & (SlotCount - 1)];
        string? cached = slot;
        if (cached is not null && Ascii.Equals(ascii, cached))
        {
            return cached;
        }
        string created = Encoding.Latin1.GetString(ascii);
        slot = created;
        return created;
    }
}
