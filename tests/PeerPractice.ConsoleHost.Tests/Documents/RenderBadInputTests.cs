using Microsoft.Extensions.Time.Testing;

namespace PeerPractice.ConsoleHost.Tests.Documents;

/// <summary>
/// Issue 18, "Bad input": a template with a syntax error, an unknown member, an infinite loop or an
/// output bomb, front matter naming an unknown kind, and a data file of the wrong kind are each a
/// located error in the compiler's format, exit code 1, and nothing is written.
/// </summary>
public sealed class RenderBadInputTests : IDisposable
{
    private const string Previous = "previous version";
    private readonly string _folder = Directory.CreateTempSubdirectory("pp-render-bad-").FullName;
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();
    private readonly HostContext _context;

    public RenderBadInputTests() =>
        _context = new HostContext(_out, _error, new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string, string> BrokenTemplates => new()
    {
        { "syntax error", "---\nkind: agenda\n---\n# {{ agenda.title }}\n{{ for x in }}", "doc.md.sbn(5,13): error PPD003:" },
        { "unknown member", "---\nkind: agenda\n---\n# {{ agenda.titel }}", "doc.md.sbn(4,13): error PPD007:" },
        { "infinite loop", "---\nkind: agenda\n---\n{{ while true }}x{{ end }}", "doc.md.sbn(4,4): error PPD004:" },
        { "output bomb", "---\nkind: agenda\n---\n{{ x = \"0123456789\" }}{{ for i in 1..20 }}{{ x = x + x }}{{ end }}{{ x }}", "doc.md.sbn(4," },
        { "unknown kind", "---\nkind: board-pack\n---\nx", "doc.md.sbn(2,7): error PPD006:" },
    };

    [Theory]
    [MemberData(nameof(BrokenTemplates))]
    public void A_broken_template_is_a_located_error_and_writes_nothing(string why, string template, string expected)
    {
        var templates = Directory.CreateDirectory(Path.Combine(_folder, "templates")).FullName;
        File.WriteAllText(Path.Combine(templates, "doc.md.sbn"), template);
        var target = Path.Combine(_folder, "doc.md");
        File.WriteAllText(target, Previous);

        var exit = HostApp.Run(["render", "doc.md", "--templates", templates, "--agenda", "peer-brainstorm", "--out", target], _context);

        Assert.True(exit == 1, why + ": exit " + exit + "; " + _error);
        Assert.Contains(expected, _error.ToString());
        Assert.Matches(@"doc\.md\.sbn\(\d+,\d+\): error PPD00\d: ", _error.ToString());
        Assert.Equal(Previous, File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(_folder));
        Assert.Equal("", _out.ToString());
    }

    [Fact]
    public void A_data_file_of_the_wrong_kind_is_a_located_error_and_writes_nothing()
    {
        var agenda = Path.Combine(_folder, "check-in.agenda.json");
        File.WriteAllText(agenda, """{ "id": "check-in", "title": "Check-in", "format": "pair", "sections": [] }""");
        var target = Path.Combine(_folder, "plan.md");
        File.WriteAllText(target, Previous);

        var exit = HostApp.Run(["render", "visit-plan.md", "--visit-plan", agenda, "--out", target], _context);

        Assert.Equal(1, exit);
        Assert.Contains("check-in.agenda.json(1,", _error.ToString());
        Assert.Contains("error PPV", _error.ToString());
        Assert.Equal(Previous, File.ReadAllText(target));
        Assert.Equal(2, Directory.GetFiles(_folder).Length);
    }
}
