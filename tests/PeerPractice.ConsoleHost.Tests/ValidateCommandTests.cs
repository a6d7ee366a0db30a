namespace PeerPractice.ConsoleHost.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pp-validate-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = HostApp.Run(args, new HostContext(output, error, TimeProvider.System));
        return (exit, output.ToString(), error.ToString());
    }

    private static string LibraryFolder
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PeerPractice.Core.sln")))
            {
                directory = directory.Parent;
            }

            return Path.Combine(directory!.FullName, "src", "PeerPractice.Core", "Agendas", "Library");
        }
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void The_built_in_library_is_clean()
    {
        var (exit, output, error) = Run("validate", LibraryFolder);

        Assert.Equal(0, exit);
        Assert.Equal("Checked 7 agenda files: 0 errors, 0 warnings." + Environment.NewLine, output);
        Assert.Equal("", error);
    }

    [Fact]
    public void Broken_files_print_located_problems_in_the_compiler_format_and_exit_1()
    {
        var path = Write("bad.agenda.json", "{\n  \"id\": \"bad\",\n  \"title\": 7,\n  \"format\": \"pair\",\n  \"sections\": []\n}\n");

        var (exit, output, _) = Run("validate", path);

        Assert.Equal(1, exit);
        var lines = output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                $"{path}(3,12): error PPA024: \"title\" must be text in double quotes, found the number 7. Put the value in double quotes. [$.title]",
                $"{path}(5,15): error PPA034: The agenda's \"sections\" is empty. Add at least one section with at least one item. [$.sections]",
                "Checked 1 agenda file: 2 errors, 0 warnings.",
            ],
            lines);
    }

    [Fact]
    public void Problems_are_listed_by_file_line_and_column_whatever_the_order_of_the_arguments()
    {
        // Regression (issue 12, defect 8): problems came in argument order.
        var later = Write("z.agenda.json", "[]");
        var earlier = Write("a.agenda.json", "{\n  \"id\": \"bad\",\n  \"title\": 7,\n  \"format\": \"pair\",\n  \"sections\": []\n}\n");

        var (exit, output, _) = Run("validate", later, earlier, later);

        Assert.Equal(1, exit);
        var lines = output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([earlier + "(3,12)", earlier + "(5,15)", later + "(1,1)"], lines.SkipLast(1).Select(l => l[..(l.IndexOf(')', StringComparison.Ordinal) + 1)]));
        Assert.Equal("Checked 2 agenda files: 3 errors, 0 warnings.", lines[^1]);
    }

    [Fact]
    public void Folders_are_searched_recursively_for_agenda_files_only()
    {
        Write("a/one.agenda.json", File.ReadAllText(Path.Combine(LibraryFolder, "first-coffee.agenda.json")));
        Write("a/b/two.agenda.json", "[]");
        Write("a/notes.json", "not json at all");

        var (exit, output, _) = Run("validate", _folder);

        Assert.Equal(1, exit);
        Assert.Contains("two.agenda.json(1,1): error PPA020", output);
        Assert.DoesNotContain("notes.json", output);
        Assert.Contains("Checked 2 agenda files: 1 error, 0 warnings.", output);
    }

    [Fact]
    public void Warnings_alone_exit_0_unless_warnings_are_errors()
    {
        var text = File.ReadAllText(Path.Combine(LibraryFolder, "follow-up-call.agenda.json")).Replace("\"PT30M\"", "\"PT10M\"", StringComparison.Ordinal);
        var path = Write("short.agenda.json", text);

        var (exit, output, _) = Run("validate", path);
        Assert.Equal(0, exit);
        Assert.Contains("): warning PPA031: ", output);

        Assert.Equal(1, Run("validate", "--warnings-as-errors", path).Exit);
    }

    [Fact]
    public void No_paths_is_a_usage_error()
    {
        var (exit, _, error) = Run("validate");

        Assert.Equal(2, exit);
        Assert.Contains("give one or more agenda files or folders", error);
    }

    [Fact]
    public void A_missing_path_is_a_usage_error()
    {
        var (exit, output, error) = Run("validate", Path.Combine(_folder, "nope.agenda.json"));

        Assert.Equal(2, exit);
        Assert.Contains("no such file or folder", error);
        Assert.Equal("", output);
    }

    [Fact]
    public void A_folder_without_agenda_files_is_a_usage_error()
    {
        Write("readme.txt", "nothing here");

        Assert.Equal(2, Run("validate", _folder).Exit);
    }

    [Fact]
    public void Invalid_UTF8_is_reported_with_a_location_not_a_crash()
    {
        var path = Path.Combine(_folder, "latin1.agenda.json");
        File.WriteAllBytes(path, [.. "{\"title\": \"caf"u8, 0xE9, .. "\"}"u8]);

        var (exit, output, _) = Run("validate", path);

        Assert.Equal(1, exit);
        Assert.StartsWith($"{path}(1,15): error PPA006:", output, StringComparison.Ordinal);
    }
}

/// <summary>Issue 18, item 5: validate takes a folder of mixed data files and recognises each by its $schema or name.</summary>
public sealed class ValidateMixedFolderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pp-validate-mixed-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Each_file_is_checked_by_its_own_kind_and_problems_are_located()
    {
        File.WriteAllText(Path.Combine(_folder, "good.topics.json"), """{ "topics": [ { "id": "open-source", "title": "Open source", "questions": ["Which project would you fund?"] } ] }""");
        File.WriteAllText(Path.Combine(_folder, "catalog.json"), "{ \"$schema\": \"https://peerpractice.dev/schemas/topic-catalog.schema.json\",\n  \"topics\": [ { \"id\": \"Bad Id\", \"title\": \"T\", \"questions\": [\"Q?\"] } ] }");
        File.WriteAllText(Path.Combine(_folder, "walk.agenda.json"), """
            { "id": "walk", "title": "Walk", "format": "pair", "sections": [ { "id": "s", "title": "S", "items": [ { "id": "one", "prompt": "P", "turns": "each", "timebox": "5m" } ] } ] }
            """);
        File.WriteAllText(Path.Combine(_folder, "notes.txt"), "ignored");

        var run = HostRun.Invoke("", "validate", _folder);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("catalog.json(2,", run.Output, StringComparison.Ordinal);
        Assert.Contains("error PPT005", run.Output, StringComparison.Ordinal);
        Assert.Contains("Checked 3 files: 1 error, 0 warnings.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_data_file_of_the_wrong_kind_is_a_located_error()
    {
        // An agenda saved under a topic-catalog name: the catalog reader says where it goes wrong.
        File.WriteAllText(Path.Combine(_folder, "misnamed.topics.json"), "{ \"id\": \"walk\", \"title\": \"Walk\" }");

        var run = HostRun.Invoke("", "validate", _folder);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"misnamed\.topics\.json\(1,\d+\): error PPT", run.Output);
    }

    [Fact]
    public void Profiles_and_policies_are_recognised_by_name_or_by_the_schema_they_name()
    {
        File.WriteAllText(Path.Combine(_folder, "cohort.profiles.json"), """{ "members": [ { "id": "m1", "organization": "Acme" } ] }""");
        File.WriteAllText(Path.Combine(_folder, "members.json"), "{ \"$schema\": \"" + DataSchema.Profiles.Id + "\",\n  \"members\": [ { \"id\": \"m2\", \"organisation\": \"Acme\" } ] }");
        File.WriteAllText(Path.Combine(_folder, "strict.policy.json"), """{ "coolDownDays": 90 }""");
        File.WriteAllText(Path.Combine(_folder, "rules.json"), "{ \"$schema\": \"" + DataSchema.Policy.Id + "\",\n  \"relaxationOrder\": [\"SameOrganization\"] }");
        File.WriteAllText(Path.Combine(_folder, "other.json"), """{ "not": "a data file" }""");

        var run = HostRun.Invoke("", "validate", _folder);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("members.json(2,30): error PPM015", run.Output, StringComparison.Ordinal);
        Assert.Contains("rules.json(2,23): error PPM011", run.Output, StringComparison.Ordinal);
        Assert.Contains("Checked 4 files: ", run.Output, StringComparison.Ordinal);
    }
}
