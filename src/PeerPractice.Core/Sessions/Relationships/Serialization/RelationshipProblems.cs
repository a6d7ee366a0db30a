using PeerPractice.Collections;
using PeerPractice.Json;

namespace PeerPractice.Sessions;

/// <summary>
/// Every problem a relationships file (<c>*.relationships.json</c>) can have, as <see cref="Problem"/>s
/// with stable <c>PPR0xx</c> ids documented in <c>docs/lifecycle.md</c>. Ids are never reused.
/// </summary>
public static class RelationshipProblems
{
    /// <summary>PPR001: the text is not valid JSON (also an empty file or nesting deeper than 64 levels).</summary>
    public static ProblemDescriptor InvalidJson { get; } = Entry("PPR001", "Invalid JSON", "The text is not valid JSON (RFC 8259). The message names what was expected at the location; fix the text there.");

    /// <summary>PPR002: a value of the wrong shape or type.</summary>
    public static ProblemDescriptor WrongType { get; } = Entry("PPR002", "Wrong type", "A value has the wrong shape or type (an object where a string is expected, a number written as text...). Write the shape the message names.");

    /// <summary>PPR003: a property the format does not define.</summary>
    public static ProblemDescriptor UnknownProperty { get; } = Entry("PPR003", "Unknown property", "The property is not part of the relationships format, so it would be ignored. Fix its spelling or delete it.");

    /// <summary>PPR004: a missing or empty required property.</summary>
    public static ProblemDescriptor Missing { get; } = Entry("PPR004", "Missing or empty", "A required property (relationships, id, agenda, started, members, a member's id, name or organization) is missing or empty. Add it.");

    /// <summary>PPR005: a value the format does not allow: an unknown agenda, a cadence that is not a positive period, working hours out of range, an unknown time zone.</summary>
    public static ProblemDescriptor InvalidValue { get; } = Entry("PPR005", "Value not allowed", "The value is of the right type but not allowed here; the message says what is. Built-in agendas are listed by 'agendas list'.");

    /// <summary>PPR006: the same relationship id twice in one file.</summary>
    public static ProblemDescriptor DuplicateId { get; } = Entry("PPR006", "Duplicate id", "Relationship ids are unique. Rename one of them.");

    /// <summary>PPR007: a relationship that breaks a rule of its kind (members, organizations).</summary>
    public static ProblemDescriptor BrokenRule { get; } = Entry("PPR007", "Relationship rule broken", "A relationship has 2 to 8 distinct members; peers come from different organizations, and an internal partnership is inside one. The message names the rule.");

    /// <summary>PPR008: an object has the same property twice.</summary>
    public static ProblemDescriptor DuplicateProperty { get; } = Entry("PPR008", "Duplicate property", "An object has the same property name twice, so one value would be silently lost. Keep one and delete the other.");

    /// <summary>PPR009: a comment; relationships files are strict JSON.</summary>
    public static ProblemDescriptor CommentNotAllowed { get; } = Entry("PPR009", "Comment not allowed", "Relationships files are strict JSON, which has no comments. Delete the comment.");

    /// <summary>PPR010: a comma after the last member or element.</summary>
    public static ProblemDescriptor TrailingComma { get; } = Entry("PPR010", "Trailing comma", "Relationships files are strict JSON, which has no comma after the last member of an object or element of an array. Delete the comma.");

    /// <summary>Every entry, in id order.</summary>
    public static ValueArray<ProblemDescriptor> All { get; } = ValueArray.Create(
        InvalidJson, WrongType, UnknownProperty, Missing, InvalidValue, DuplicateId, BrokenRule, DuplicateProperty, CommentNotAllowed, TrailingComma);

    /// <summary>The ids and advice the shared JSON reader reports for relationships files.</summary>
    internal static JsonSyntaxProblems Syntax { get; } = new(
        "Relationships file",
        InvalidJson,
        InvalidJson,
        DuplicateProperty,
        CommentNotAllowed,
        TrailingComma,
        InvalidJson,
        "Write a relationships object: { \"relationships\": [ { \"id\": ..., \"agenda\": ..., \"started\": ..., \"members\": [...] } ] }.",
        "there is no place for comments in a relationships file.");

    private static ProblemDescriptor Entry(string id, string title, string description) =>
        new(id, title, ProblemSeverity.Error, description, "docs/lifecycle.md");
}
