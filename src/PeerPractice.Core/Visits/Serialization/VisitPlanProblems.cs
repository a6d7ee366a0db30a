using PeerPractice.Collections;
using PeerPractice.Json;

namespace PeerPractice.Visits;

/// <summary>
/// Every problem a visit-plan file (<c>*.visit-plan.json</c>) can have, as <see cref="Problem"/>s
/// with stable <c>PPV0xx</c> ids documented in <c>docs/templates.md</c>. Ids are never reused.
/// </summary>
public static class VisitPlanProblems
{
    /// <summary>PPV001: the text is not valid JSON, or a value has the wrong type.</summary>
    public static ProblemDescriptor InvalidJson { get; } = Entry("PPV001", "Invalid JSON or wrong type", "The text is not valid JSON, or a value has the wrong type or is not one of the names allowed. The message names what was expected at the location.");

    /// <summary>PPV002: a required property is missing.</summary>
    public static ProblemDescriptor MissingProperty { get; } = Entry("PPV002", "Missing property", "A visit plan needs \"id\", \"title\", \"visitorOrganization\", \"hostOrganization\", \"start\" and \"timeZone\"; objectives, slots and people need the properties the message names.");

    /// <summary>PPV003: an object has the same property twice.</summary>
    public static ProblemDescriptor DuplicateProperty { get; } = Entry("PPV003", "Duplicate property", "An object has the same property name twice, so one value would be silently lost. Keep one and delete the other.");

    /// <summary>PPV004: a comment; visit-plan files are strict JSON.</summary>
    public static ProblemDescriptor CommentNotAllowed { get; } = Entry("PPV004", "Comment not allowed", "Visit-plan files are strict JSON, which has no comments. Delete the comment.");

    /// <summary>PPV005: a comma after the last member or element.</summary>
    public static ProblemDescriptor TrailingComma { get; } = Entry("PPV005", "Trailing comma", "Visit-plan files are strict JSON, which has no comma after the last member of an object or element of an array. Delete the comma.");

    /// <summary>PPV006: a property the format does not define (often a typo).</summary>
    public static ProblemDescriptor UnknownProperty { get; } = Entry("PPV006", "Unknown property", "The property is not part of the format, so it would be ignored. Fix its spelling or delete it.");

    /// <summary>PPV007: an id that is not kebab-case.</summary>
    public static ProblemDescriptor BadId { get; } = Entry("PPV007", "Bad id", "Visit ids (\"id\", \"reciprocalOf\") are kebab-case, such as northwind-visits-contoso.");

    /// <summary>PPV008: a date, time or duration that is not in the format's form.</summary>
    public static ProblemDescriptor BadTime { get; } = Entry("PPV008", "Bad date, time or duration", "Times are ISO 8601 with an offset (2026-12-08T09:00:00+01:00), dates are yyyy-MM-dd, and durations and offsets are written as people write them (30m, 1h30m) or in ISO 8601 (PT30M).");

    /// <summary>PPV009: a slot names a topic the topic catalog does not have.</summary>
    public static ProblemDescriptor UnknownTopic { get; } = Entry("PPV009", "Unknown topic", "A slot's \"topic\" is a topic id of the topic catalog (docs/matching.md#topics); the message lists them.");

    /// <summary>PPV010: the plan is readable but not ready to send (what <see cref="VisitPlanValidator"/> reports: no objectives, no team, overlapping slots...).</summary>
    public static ProblemDescriptor NotReady { get; } = new("PPV010", "Plan not ready", ProblemSeverity.Warning, "The plan loads, but the seed's advice is not met yet: state objectives, name a small team, keep slots in order with question time for both sides. The message says what to fix.", DocPage);

    /// <summary>Every entry, in id order.</summary>
    public static ValueArray<ProblemDescriptor> All { get; } = ValueArray.Create(
        InvalidJson, MissingProperty, DuplicateProperty, CommentNotAllowed, TrailingComma, UnknownProperty, BadId, BadTime, UnknownTopic, NotReady);

    /// <summary>The ids and advice the shared JSON reader reports for visit-plan files.</summary>
    internal static JsonSyntaxProblems Syntax { get; } = new(
        "Visit plan",
        InvalidJson,
        InvalidJson,
        DuplicateProperty,
        CommentNotAllowed,
        TrailingComma,
        InvalidJson,
        "Write a visit-plan object: { \"id\": ..., \"title\": ..., \"visitorOrganization\": ..., \"hostOrganization\": ..., \"start\": ..., \"timeZone\": ... }.",
        "keep notes in \"notes\", not in comments.");

    private const string DocPage = "docs/templates.md";

    private static ProblemDescriptor Entry(string id, string title, string description) =>
        new(id, title, ProblemSeverity.Error, description, DocPage);
}
