using PeerPractice.Collections;
using PeerPractice.Json;

namespace PeerPractice.Agendas;

/// <summary>
/// Every problem the agenda parser can report, in one place. Ids are stable and never reused:
/// retire an entry rather than renumber it. <c>PPA000</c> was the placeholder parser's id and stays
/// retired. Ids <c>PPA001</c>-<c>PPA019</c> are about reading the text, <c>PPA020</c> and up about
/// the agenda itself. Each is documented with an example and its fix in <c>docs/agenda-format.md</c>.
/// </summary>
public static class AgendaProblemCatalog
{
    /// <summary>PPA001: the text is not valid JSON.</summary>
    public static ProblemDescriptor InvalidJson { get; } = Entry(
        "PPA001", "Invalid JSON", ProblemSeverity.Error,
        "The text is not valid JSON (RFC 8259). The message names what was expected at the location; fix the text there.");

    /// <summary>PPA002: arrays and objects are nested too deeply.</summary>
    public static ProblemDescriptor NestingTooDeep { get; } = Entry(
        "PPA002", "Nesting too deep", ProblemSeverity.Error,
        "Arrays and objects may nest at most 64 levels deep (an agenda needs 6). Remove the extra nesting.");

    /// <summary>PPA003: an object has the same property twice.</summary>
    public static ProblemDescriptor DuplicateProperty { get; } = Entry(
        "PPA003", "Duplicate property", ProblemSeverity.Error,
        "An object has the same property name twice, so one value would be silently lost. Keep one and delete the other.");

    /// <summary>PPA004: a comment; agenda files are strict JSON.</summary>
    public static ProblemDescriptor CommentNotAllowed { get; } = Entry(
        "PPA004", "Comment not allowed", ProblemSeverity.Error,
        "Agenda files are strict JSON, which has no comments. Delete the comment; put notes for facilitators in an item's \"guidance\".");

    /// <summary>PPA005: a comma after the last member or element.</summary>
    public static ProblemDescriptor TrailingComma { get; } = Entry(
        "PPA005", "Trailing comma", ProblemSeverity.Error,
        "Agenda files are strict JSON, which has no comma after the last member of an object or element of an array. Delete the comma.");

    /// <summary>PPA006: the bytes are not valid UTF-8.</summary>
    public static ProblemDescriptor InvalidEncoding { get; } = Entry(
        "PPA006", "Not UTF-8", ProblemSeverity.Error,
        "Agenda files are UTF-8 (a byte order mark is allowed). Save the file as UTF-8.");

    /// <summary>PPA007: the document is empty or only whitespace.</summary>
    public static ProblemDescriptor EmptyDocument { get; } = Entry(
        "PPA007", "Empty document", ProblemSeverity.Error,
        "The file has no JSON in it. Write an agenda object, starting from one of the built-in agendas.");

    /// <summary>PPA008: the file or stream could not be read.</summary>
    public static ProblemDescriptor Unreadable { get; } = Entry(
        "PPA008", "Cannot read the agenda", ProblemSeverity.Error,
        "The file or stream could not be read (the message gives the reason). Check the path and permissions.");

    /// <summary>PPA009: the document is larger than the parser accepts.</summary>
    public static ProblemDescriptor DocumentTooLarge { get; } = Entry(
        "PPA009", "Document too large", ProblemSeverity.Error,
        "Agenda documents may be at most 16,777,216 characters (64 MiB of bytes from a stream or file). Split the agenda or remove the bulk.");

    /// <summary>PPA020: the document is JSON but not an agenda object.</summary>
    public static ProblemDescriptor NotAnAgenda { get; } = Entry(
        "PPA020", "Not an agenda", ProblemSeverity.Error,
        "An agenda file holds one JSON object with at least \"id\", \"title\", \"format\" and \"sections\".");

    /// <summary>PPA021: a property the format does not define (often a typo).</summary>
    public static ProblemDescriptor UnknownProperty { get; } = Entry(
        "PPA021", "Unknown property", ProblemSeverity.Error,
        "The property is not part of the agenda format, so it would be ignored. Fix its spelling or delete it.");

    /// <summary>PPA022: a required property is missing.</summary>
    public static ProblemDescriptor MissingProperty { get; } = Entry(
        "PPA022", "Missing property", ProblemSeverity.Error,
        "A required property is missing. Add it.");

    /// <summary>PPA023: a required text is empty or only whitespace.</summary>
    public static ProblemDescriptor EmptyText { get; } = Entry(
        "PPA023", "Empty text", ProblemSeverity.Error,
        "The text is empty or only whitespace. Write it, or (for optional fields) delete the property.");

    /// <summary>PPA024: a value of the wrong JSON type, such as a number where text belongs.</summary>
    public static ProblemDescriptor WrongType { get; } = Entry(
        "PPA024", "Wrong type", ProblemSeverity.Error,
        "The value has the wrong JSON type (for example a number where text belongs). Write the type the message names.");

    /// <summary>PPA025: a value outside the allowed set, such as an unknown format.</summary>
    public static ProblemDescriptor UnknownValue { get; } = Entry(
        "PPA025", "Value not allowed", ProblemSeverity.Error,
        "The value is not one of those the format allows. Use one of the values the message lists.");

    /// <summary>PPA026: an id or role name that is not kebab-case.</summary>
    public static ProblemDescriptor InvalidId { get; } = Entry(
        "PPA026", "Id not kebab-case", ProblemSeverity.Error,
        "Ids and role names are kebab-case: lower-case ASCII letters and digits in words joined by single hyphens, starting with a letter (biggest-problem).");

    /// <summary>PPA027: the same id twice within its scope.</summary>
    public static ProblemDescriptor DuplicateId { get; } = Entry(
        "PPA027", "Duplicate id", ProblemSeverity.Error,
        "Ids are unique within their scope (sections, items, agreements, roles of one agenda). Rename one of them.");

    /// <summary>PPA028: two different ids that make the same C# name.</summary>
    public static ProblemDescriptor IdentifierClash { get; } = Entry(
        "PPA028", "Ids make the same C# name", ProblemSeverity.Error,
        "Two different ids in one scope turn into the same C# name (a-1 and a1 both make A1). Rename one of them.");

    /// <summary>PPA029: a duration that is neither the short form (5m, 1h30m, 90s) nor an ISO 8601 duration the format accepts.</summary>
    public static ProblemDescriptor InvalidDuration { get; } = Entry(
        "PPA029", "Invalid duration", ProblemSeverity.Error,
        "Durations and timeboxes are written as people write them (5m, 1h30m, 90s: whole hours, minutes and seconds, in that order) or as ISO 8601 durations in days, hours, minutes and seconds (PT5M, PT1H30M).");

    /// <summary>PPA030: a duration or cadence that is zero or negative.</summary>
    public static ProblemDescriptor NonPositiveDuration { get; } = Entry(
        "PPA030", "Duration not positive", ProblemSeverity.Error,
        "Durations, timeboxes and cadences must be longer than zero. Write a positive length such as 5m or PT5M.");

    /// <summary>PPA031: the timeboxes add up to more than the agenda's duration.</summary>
    public static ProblemDescriptor TimeboxesOverrun { get; } = Entry(
        "PPA031", "Timeboxes overrun the duration", ProblemSeverity.Warning,
        "The items' timeboxes add up to more than \"duration\" (an \"each\" item counts timebox plus response once per participant, at the maximum number of participants). Shorten timeboxes or lengthen the duration.");

    /// <summary>PPA032: participants.min is above participants.max.</summary>
    public static ProblemDescriptor ParticipantsMinAboveMax { get; } = Entry(
        "PPA032", "Minimum above maximum", ProblemSeverity.Error,
        "participants.min is above participants.max. Swap or correct them.");

    /// <summary>PPA033: role:NAME names a role the agenda does not declare.</summary>
    public static ProblemDescriptor UndeclaredRole { get; } = Entry(
        "PPA033", "Undeclared role", ProblemSeverity.Error,
        "An item's turns name a role that participants.roles does not declare. Declare the role or fix the name.");

    /// <summary>PPA034: the agenda has no sections.</summary>
    public static ProblemDescriptor EmptyAgenda { get; } = Entry(
        "PPA034", "Empty agenda", ProblemSeverity.Error,
        "The agenda has no sections. Add at least one section with at least one item.");

    /// <summary>PPA035: a section has no items.</summary>
    public static ProblemDescriptor EmptySection { get; } = Entry(
        "PPA035", "Empty section", ProblemSeverity.Error,
        "A section has no items. Add at least one item or delete the section.");

    /// <summary>PPA036: a participant count that is not a whole number from 1 to 1000.</summary>
    public static ProblemDescriptor ParticipantCountOutOfRange { get; } = Entry(
        "PPA036", "Participant count out of range", ProblemSeverity.Error,
        "participants.min and participants.max are whole numbers from 1 to 1000.");

    /// <summary>PPA037: a cadence that is not an ISO 8601 calendar period the format accepts.</summary>
    public static ProblemDescriptor InvalidCadence { get; } = Entry(
        "PPA037", "Invalid cadence", ProblemSeverity.Error,
        "A cadence is an ISO 8601 period in years, months, weeks and days, such as P1M, P3M or P2W.");

    /// <summary>PPA038: a response phase on an open item, where there is no single speaker to respond to.</summary>
    public static ProblemDescriptor ResponseOnOpenItem { get; } = Entry(
        "PPA038", "Response on an open item", ProblemSeverity.Warning,
        "An \"open\" item is one shared discussion, so there is no speaker for the listeners to respond to. Delete \"response\" or use \"each\".");

    /// <summary>Every entry, in id order.</summary>
    public static ValueArray<ProblemDescriptor> All { get; } = ValueArray.Create(
        InvalidJson,
        NestingTooDeep,
        DuplicateProperty,
        CommentNotAllowed,
        TrailingComma,
        InvalidEncoding,
        EmptyDocument,
        Unreadable,
        DocumentTooLarge,
        NotAnAgenda,
        UnknownProperty,
        MissingProperty,
        EmptyText,
        WrongType,
        UnknownValue,
        InvalidId,
        DuplicateId,
        IdentifierClash,
        InvalidDuration,
        NonPositiveDuration,
        TimeboxesOverrun,
        ParticipantsMinAboveMax,
        UndeclaredRole,
        EmptyAgenda,
        EmptySection,
        ParticipantCountOutOfRange,
        InvalidCadence,
        ResponseOnOpenItem);

    /// <summary>The entry with <paramref name="id"/>, or null when there is none.</summary>
    /// <param name="id">An id such as <c>PPA003</c> (exact, case-sensitive).</param>
    public static ProblemDescriptor? Find(string id)
    {
        foreach (var descriptor in All)
        {
            if (string.Equals(descriptor.Id, id, System.StringComparison.Ordinal))
            {
                return descriptor;
            }
        }

        return null;
    }

    /// <summary>The ids and advice the shared JSON reader reports for agenda files (PPA001-PPA007).</summary>
    internal static JsonSyntaxProblems Syntax { get; } = new(
        "Agenda",
        InvalidJson,
        NestingTooDeep,
        DuplicateProperty,
        CommentNotAllowed,
        TrailingComma,
        EmptyDocument,
        "Write an agenda object: { \"id\": ..., \"title\": ..., \"format\": ..., \"sections\": [...] }.",
        "notes for facilitators belong in an item's \"guidance\".");

    private static ProblemDescriptor Entry(string id, string title, ProblemSeverity severity, string description) =>
        new(id, title, severity, description, "docs/agenda-format.md");
}
