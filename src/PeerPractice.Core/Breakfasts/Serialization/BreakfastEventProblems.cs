using PeerPractice.Collections;
using PeerPractice.Json;

namespace PeerPractice.Breakfasts;

/// <summary>
/// Every problem a breakfast event file (<c>*.event.json</c>) can have, as <see cref="Problem"/>s
/// with stable <c>PPE0xx</c> ids documented in <c>docs/lifecycle.md</c>. Ids are never reused.
/// </summary>
public static class BreakfastEventProblems
{
    /// <summary>PPE001: the text is not valid JSON, or a value has the wrong type.</summary>
    public static ProblemDescriptor InvalidJson { get; } = Entry("PPE001", "Invalid JSON or wrong type", "The text is not valid JSON, or a value has the wrong type or is not one of the names allowed. The message names what was expected at the location.");

    /// <summary>PPE002: a required property is missing.</summary>
    public static ProblemDescriptor MissingProperty { get; } = Entry("PPE002", "Missing property", "An event needs \"id\", \"title\", \"start\", \"duration\" and \"timeZone\"; an answer needs \"member\", \"answer\" and \"at\"; a table needs \"members\".");

    /// <summary>PPE003: an object has the same property twice.</summary>
    public static ProblemDescriptor DuplicateProperty { get; } = Entry("PPE003", "Duplicate property", "An object has the same property name twice, so one value would be silently lost. Keep one and delete the other.");

    /// <summary>PPE004: a comment; event files are strict JSON.</summary>
    public static ProblemDescriptor CommentNotAllowed { get; } = Entry("PPE004", "Comment not allowed", "Event files are strict JSON, which has no comments. Delete the comment.");

    /// <summary>PPE005: a comma after the last member or element.</summary>
    public static ProblemDescriptor TrailingComma { get; } = Entry("PPE005", "Trailing comma", "Event files are strict JSON, which has no comma after the last member of an object or element of an array. Delete the comma.");

    /// <summary>PPE006: a property the format does not define (often a typo).</summary>
    public static ProblemDescriptor UnknownProperty { get; } = Entry("PPE006", "Unknown property", "The property is not part of the format, so it would be ignored. Fix its spelling or delete it.");

    /// <summary>PPE007: an id that is not kebab-case.</summary>
    public static ProblemDescriptor BadId { get; } = Entry("PPE007", "Bad id", "Event ids are kebab-case, such as cio-breakfast-march.");

    /// <summary>PPE008: a time or duration that is not in the format's form.</summary>
    public static ProblemDescriptor BadTime { get; } = Entry("PPE008", "Bad time or duration", "Times are ISO 8601 with an offset (2027-03-04T08:00:00-05:00) and durations longer than zero, as people write them (2h, 1h30m, 90m) or in ISO 8601 (PT2H).");

    /// <summary>PPE009: a topic the topic catalog does not have.</summary>
    public static ProblemDescriptor UnknownTopic { get; } = Entry("PPE009", "Unknown topic", "\"topics\" lists topic ids of the topic catalog (docs/matching.md#topics); the message lists them.");

    /// <summary>PPE010: the event contradicts itself (someone invited twice, an answer or a seat for someone not invited).</summary>
    public static ProblemDescriptor Inconsistent { get; } = Entry("PPE010", "Inconsistent event", "Each invitee appears once; answers, tables and attendance name invitees only. The message names the first contradiction.");

    /// <summary>Every entry, in id order.</summary>
    public static ValueArray<ProblemDescriptor> All { get; } = ValueArray.Create(
        InvalidJson, MissingProperty, DuplicateProperty, CommentNotAllowed, TrailingComma, UnknownProperty, BadId, BadTime, UnknownTopic, Inconsistent);

    /// <summary>The ids and advice the shared JSON reader reports for event files.</summary>
    internal static JsonSyntaxProblems Syntax { get; } = new(
        "Event",
        InvalidJson,
        InvalidJson,
        DuplicateProperty,
        CommentNotAllowed,
        TrailingComma,
        InvalidJson,
        "Write an event object: { \"id\": ..., \"title\": ..., \"start\": ..., \"duration\": ..., \"timeZone\": ... }.",
        "keep notes next to the file, not in it.");

    private static ProblemDescriptor Entry(string id, string title, string description) =>
        new(id, title, ProblemSeverity.Error, description, "docs/lifecycle.md");
}
