using PeerPractice.Collections;

namespace PeerPractice.Documents;

/// <summary>
/// Every problem the template renderer and checker report, as <see cref="Problem"/>s with stable
/// <c>PPD0xx</c> ids, documented in <c>docs/templates.md</c>. Ids are never reused.
/// </summary>
public static class TemplateProblems
{
    /// <summary>PPD001: a template name (or override file name) that is not one of the built-in templates.</summary>
    public static ProblemDescriptor UnknownTemplate { get; } = Entry(
        "PPD001", "Unknown template",
        "A template name that is neither built in nor in the template folder, or a folder file with no front matter naming its kind. Add front matter, rename the file to a built-in name plus .sbn, or ask for a known template.");

    /// <summary>PPD002: the override folder does not exist.</summary>
    public static ProblemDescriptor FolderMissing { get; } = Entry(
        "PPD002", "Template folder missing",
        "The folder given for override templates does not exist. Check the path, or create the folder and copy the templates to change into it.");

    /// <summary>PPD003: the template does not parse.</summary>
    public static ProblemDescriptor SyntaxError { get; } = Entry(
        "PPD003", "Template syntax error",
        "The Scriban template does not parse. The message names what the parser expected at the location; fix the template there.");

    /// <summary>PPD004: rendering failed: an unknown variable, a runtime error, a limit or the deadline.</summary>
    public static ProblemDescriptor RenderFailed { get; } = Entry(
        "PPD004", "Render failed",
        "The template parsed but could not render the model: an unknown variable (rendering is strict), a runtime error, a render limit or the deadline. The message says which.");

    /// <summary>PPD005: the output contains a private note (a tripwire; the model never holds one).</summary>
    public static ProblemDescriptor PrivateNoteInOutput { get; } = Entry(
        "PPD005", "Private note in output",
        "The sample output contains the sample's private note. The document model never carries private notes, so this means the model changed; report it.");

    /// <summary>PPD006: the front matter is wrong: an unknown kind, format or key, a line that is not 'key: value', no kind, no closing line.</summary>
    public static ProblemDescriptor FrontMatter { get; } = Entry(
        "PPD006", "Front matter error",
        "A template's front matter is '---', then 'key: value' lines (kind, format, description), then '---'. The message names the key or value to fix.");

    /// <summary>PPD007: the template names a member its kind's model does not have.</summary>
    public static ProblemDescriptor UnknownMember { get; } = Entry(
        "PPD007", "Unknown member",
        "The template asks for a member the document's model does not have (checked on every branch, not only the ones the sample data takes). The message lists the members there are.");

    /// <summary>Every entry, in id order.</summary>
    public static ValueArray<ProblemDescriptor> All { get; } = ValueArray.Create(UnknownTemplate, FolderMissing, SyntaxError, RenderFailed, PrivateNoteInOutput, FrontMatter, UnknownMember);

    private static ProblemDescriptor Entry(string id, string title, string description) =>
        new(id, title, ProblemSeverity.Error, description, "docs/templates.md");
}
