using PeerPractice.Documents;

namespace PeerPractice.Core.Tests.Documents;

/// <summary>
/// What a template author reads when a file in the template folder cannot be used: whole messages,
/// the place (line, column and the width underlined) and that the file is left out of the set.
/// </summary>
public sealed class TemplateFrontMatterMessageTests : IDisposable
{
    private const string Kinds = "session, visit-plan, visit-pair, agenda, introduction, breakfast";
    private readonly string _folder = Directory.CreateTempSubdirectory("pp-front-matter-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (TemplateSet Set, string Problems) Read(string fileName, string text)
    {
        File.WriteAllText(Path.Combine(_folder, fileName), text);
        var set = TemplateSet.FromFolder(_folder, out var problems);
        return (set, string.Join("\n", problems.Select(p => $"{p.Id} {Path.GetFileName(p.Source)} ({p.Line},{p.Column}-{p.Span.EndColumn}): {p.Message}")));
    }

    [Theory]
    [InlineData("---\nkind: session\ncolour: blue\n---\nx", "PPD006 doc.md.sbn (3,1-7): 'colour' is not a front matter key; keys: kind, format, description.")]
    [InlineData("---\nformat: html\n---\nx", "PPD006 doc.md.sbn (1,1-4): The front matter must name the document's kind, for example 'kind: session'; kinds: " + Kinds + ".")]
    [InlineData("---\nkind: d\n---\nx", "PPD006 doc.md.sbn (2,7-8): 'd' is not a document kind; kinds: " + Kinds + ".")]
    [InlineData("---\nkind:\n---\nx", "PPD006 doc.md.sbn (2,6-6): '' is not a document kind; kinds: " + Kinds + ".")]
    [InlineData("---\n: session\n---\nx", "PPD006 doc.md.sbn (2,1-10): Front matter lines are 'key: value'; this one has no key.")]
    [InlineData("---\nkind: session\nkind: nope\n---\nx", "PPD006 doc.md.sbn (3,1-5): 'kind' is given twice; keep one.")]
    [InlineData("---\nkind: session\nformat: pdf\n---\nx", "PPD006 doc.md.sbn (3,9-12): 'pdf' is not an output format; formats: markdown, html, text.")]
    public void A_front_matter_mistake_is_one_located_message_and_the_file_is_left_out(string text, string expected)
    {
        var (set, problems) = Read("doc.md.sbn", text);
        Assert.Equal(expected, problems);
        Assert.Null(set.Find("doc.md"));
    }

    [Fact]
    public void A_file_without_front_matter_and_without_a_built_in_name_names_the_kinds_and_the_built_in_names()
    {
        var (set, problems) = Read("notes.md.sbn", "{{ agenda.title }}");
        Assert.Equal(
            "PPD001 notes.md.sbn (1,1-1): Not a built-in template name, and no front matter names its kind. Start the file with front matter such as '---', 'kind: session', 'format: markdown', '---' (kinds: "
            + Kinds + "), or rename it to a built-in template: " + string.Join(", ", BuiltInTemplates.Names) + " (plus .sbn).",
            problems);
        Assert.Null(set.Find("notes.md"));
    }

    [Fact]
    public void Windows_line_ends_comments_and_blank_lines_are_read_like_the_rest()
    {
        var (set, problems) = Read("card.txt.sbn", "---\r\n# a card for the wall\r\n\r\nkind: agenda\r\nformat: text\r\n---\r\n{{ agenda.title }}");
        Assert.Equal(string.Empty, problems);
        var source = set.Find("card.txt")!;
        Assert.Equal((DocumentKind.Agenda, OutputFormat.Text, 7, "{{ agenda.title }}"), (source.Kind, source.Format, source.FirstLine, source.Text));
    }

    [Fact]
    public void A_missing_folder_is_one_problem_and_the_built_ins_stay()
    {
        var missing = Path.Combine(_folder, "nope");
        var set = TemplateSet.FromFolder(missing, out var problems);
        var problem = Assert.Single(problems);
        Assert.Equal(("PPD002", missing, "The template folder does not exist. Check the path."), (problem.Id, problem.Source, problem.Message));
        Assert.Equal(BuiltInTemplates.Names.Order(StringComparer.Ordinal), set.Names.Order(StringComparer.Ordinal));
    }
}
