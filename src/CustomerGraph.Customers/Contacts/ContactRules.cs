using CustomerGraph.Customers.Common;

namespace CustomerGraph.Customers.Contacts;

/// <summary>The rules a contact's fields must satisfy, checked on the state a change would produce.</summary>
public static class ContactRules
{
    /// <summary>The longest note stored.</summary>
    public const int MaxNoteLength = 4000;

    internal static void Validate(CustomerContact contact, Validator validator)
    {
        validator.RequiredName("name", contact.Name);
        validator.MaxLength("role", contact.Role, Validator.MaxNameLength);
        validator.Email("email", contact.Email);
        validator.PhoneNumber("phoneNumber", contact.PhoneNumber);
        validator.MaxLength("note", contact.Note, MaxNoteLength);
    }

    internal static void Apply(CustomerContact contact, CreateContactInput input)
    {
        contact.Name = input.Name?.Trim() ?? "";
        contact.Type = input.Type ?? ContactType.Person;
        contact.Role = Text.Clean(input.Role);
        contact.Email = Text.Clean(input.Email);
        contact.PhoneNumber = Text.Clean(input.PhoneNumber);
        contact.IsPrimary = input.IsPrimary;
        contact.Note = Text.Clean(input.Note);
    }

    /// <summary>Whether two contacts hold the same fields (ids, times and versions aside).</summary>
    internal static bool SameFields(CustomerContact a, CustomerContact b) =>
        a.Name == b.Name
        && a.Type == b.Type
        && a.Role == b.Role
        && a.Email == b.Email
        && a.PhoneNumber == b.PhoneNumber
        && a.IsPrimary == b.IsPrimary
        && a.Note == b.Note;

    internal static void Apply(CustomerContact contact, ContactPatch patch)
    {
        if (patch.Name.HasValue)
            contact.Name = patch.Name.Value?.Trim() ?? "";
        if (patch.Type.HasValue)
            contact.Type = patch.Type.Value ?? ContactType.Person;
        contact.Role = Patches.Text(patch.Role, contact.Role);
        contact.Email = Patches.Text(patch.Email, contact.Email);
        contact.PhoneNumber = Patches.Text(patch.PhoneNumber, contact.PhoneNumber);
        if (patch.IsPrimary.HasValue)
            contact.IsPrimary = patch.IsPrimary.Value ?? false;
        contact.Note = Patches.Text(patch.Note, contact.Note);
    }
}
