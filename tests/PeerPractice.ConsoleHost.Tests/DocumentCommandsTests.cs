using Microsoft.Extensions.Time.Testing;
using PeerPractice.ConsoleHost.Commands.Demo;

namespace PeerPractice.ConsoleHost.Tests;

public sealed class DocumentCommandsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pp-host-" + Guid.NewGuid().ToString("N"));
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();
    private readonly HostContext _context;

    public DocumentCommandsTests()
    {
        Directory.CreateDirectory(_folder);
        _context = new HostContext(_out, _error, new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 18, 0, 0, TimeSpan.Zero)));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Render_writes_the_document_to_the_file_given()
    {
        var target = Path.Combine(_folder, "out", "summary.html");
        var exit = HostApp.Run(["render", "summary.html", "--out", target, "--chatham-house"], _context);
        Assert.Equal(0, exit);
        Assert.Equal("", _error.ToString());
        var html = File.ReadAllText(target);
        Assert.Contains("Chatham House Rule", html);
        Assert.DoesNotContain("Ana Moreno", html);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(target)!));
    }

    [Fact]
    public void Render_without_out_prints_the_document()
    {
        Assert.Equal(0, HostApp.Run(["render", "handout.md"], _context));
        Assert.StartsWith("# Peer brainstorm", _out.ToString());
    }

    [Fact]
    public void A_broken_override_fails_with_its_location_and_leaves_the_old_file_whole()
    {
        var templates = Path.Combine(_folder, "templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "summary.md.sbn"), "ok {{ agenda.title }}\n{{ while true }}x{{ end }}");
        var target = Path.Combine(_folder, "summary.md");
        File.WriteAllText(target, "previous version");
        var exit = HostApp.Run(["render", "summary.md", "-t", templates, "-o", target], _context);
        Assert.Equal(1, exit);
        Assert.Contains("summary.md.sbn(2,4): error PPD004:", _error.ToString());
        Assert.Equal("previous version", File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(_folder));
    }

    [Fact]
    public void Render_takes_a_library_agenda_or_an_agenda_file_for_handouts()
    {
        Assert.Equal(0, HostApp.Run(["render", "handout.md", "--agenda", "cio-breakfast"], _context));
        Assert.StartsWith("# CIO breakfast", _out.ToString(), StringComparison.OrdinalIgnoreCase);

        var file = Path.Combine(_folder, "broken.agenda.json");
        File.WriteAllText(file, "{ \"id\": \"x\" }");
        Assert.Equal(1, HostApp.Run(["render", "handout.md", "--agenda", file], _context));
        Assert.Contains("broken.agenda.json(", _error.ToString());

        Assert.Equal(2, HostApp.Run(["render", "handout.md", "--agenda", "no-such-agenda"], _context));
        Assert.Equal(2, HostApp.Run(["render", "summary.md", "--agenda", "cio-breakfast"], _context));
    }

    [Fact]
    public void Unknown_template_is_a_usage_error()
    {
        Assert.Equal(2, HostApp.Run(["render", "memo.md"], _context));
        Assert.NotEqual("", _error.ToString());
    }

    [Fact]
    public void Templates_check_reports_problems_and_exit_code()
    {
        File.WriteAllText(Path.Combine(_folder, "handout.md.sbn"), "{{ agenda.title }}");
        Assert.Equal(0, HostApp.Run(["templates", "check", _folder], _context));
        Assert.Contains("1 template(s) checked", _out.ToString());

        File.WriteAllText(Path.Combine(_folder, "invitation.md.sbn"), "{{ plan.nonexistent_field.size }}");
        Assert.Equal(1, HostApp.Run(["templates", "check", _folder], _context));
        Assert.Contains("invitation.md.sbn(1,", _error.ToString());
    }

    [Fact]
    public void Templates_list_names_every_built_in()
    {
        Assert.Equal(0, HostApp.Run(["templates", "list"], _context));

        // Every embedded template file, and nothing else, one line each, named in the first column.
        var templates = Path.Combine(RepositoryFolder(), "src", "PeerPractice.Core", "Documents", "Templates");
        var expected = Directory.GetFiles(templates, "*.sbn").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToArray();
        var listed = _out.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', 2)[0])
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(10, expected.Length);
        Assert.Equal(expected, listed);
    }

    private static string RepositoryFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PeerPractice.Core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("PeerPractice.Core.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Documents_demo_writes_four_files_and_says_where()
    {
        Assert.Equal(0, DocumentsDemo.Run(_context, _folder));
        string[] expected = ["handout.html", "next-meeting.ics", "summary.md", "visit-plan.md"];
        Assert.Equal(expected, Directory.GetFiles(_folder).Select(Path.GetFileName).Order().ToArray());
        foreach (var file in expected)
        {
            Assert.Contains(Path.Combine(_folder, file), _out.ToString());
        }

        Assert.Contains("METHOD:REQUEST", File.ReadAllText(Path.Combine(_folder, "next-meeting.ics")));
    }
}
