namespace PeerPractice.Package.Tests;

/// <summary>
/// What a new user does: a fresh console project outside this repository, PackageReferences to the
/// packed PeerPractice.Core (and PeerPractice.Sqlite), agenda files, warnings as errors, build, run.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public class ConsumerProjectTests(PackedPackage package)
{
    [Fact(Timeout = TestTimeouts.Process)]
    public void A_fresh_project_gets_typed_agendas_from_json_and_runs_a_session_to_the_end()
    {
        var project = Path.Combine(package.Root, "consumer");
        Directory.CreateDirectory(Path.Combine(project, "Agendas"));
        File.WriteAllText(Path.Combine(project, "Contoso.Circle.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Contoso.Circle</RootNamespace>
                <PeerPracticeAgendaNamespace>Contoso.Circle.Practice</PeerPracticeAgendaNamespace>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PeerPractice.Core" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        WriteNuGetConfig(project);
        var consumer = Path.Combine(RepositoryRoot.Path, "tests", "PeerPractice.Package.Tests", "Consumer");
        File.Copy(Path.Combine(consumer, "Program.cs.txt"), Path.Combine(project, "Program.cs"));
        File.Copy(Path.Combine(consumer, "coffee-chat.agenda.json"), Path.Combine(project, "Agendas", "coffee-chat.agenda.json"));
        File.Copy(Path.Combine(consumer, "site-tour.agenda.json"), Path.Combine(project, "Agendas", "site-tour.agenda.json"));

        DotNetCli.RunOrFail(project, "build", "-c", "Release");
        var output = DotNetCli.RunOrFail(project, "run", "-c", "Release", "--no-build");

        Assert.Contains("definition: coffee-chat 'Coffee chat' with 3 items", output, StringComparison.Ordinal);
        Assert.Contains("enum: WhoWeAre,BiggestProblem,MeetAgain", output, StringComparison.Ordinal);
        Assert.Contains("item property: What is your biggest problem right now? [each, 00:05:00]", output, StringComparison.Ordinal);
        Assert.Contains("section class: Next steps / Shall we meet monthly?", output, StringComparison.Ordinal);
        Assert.Contains("by id: who-we-are", output, StringComparison.Ordinal);
        Assert.Contains("second agenda: Site tour, roles 2, first item role:host", output, StringComparison.Ordinal);
        Assert.Contains("reserved name: definition is ItemId.DefinitionItem", output, StringComparison.Ordinal);
        Assert.Contains("at WhoWeAre: Alex Chen", output, StringComparison.Ordinal);
        Assert.Contains("at MeetAgain:", output, StringComparison.Ordinal);
        Assert.Contains("finished: Finished", output, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Process)]
    public void A_fresh_project_stores_a_session_in_sqlite_reopens_it_in_a_new_process_and_continues()
    {
        const string Secret = "Alex is interviewing for the CIO job at Fabrikam; nobody at work knows.";
        var project = Path.Combine(package.Root, "storage-consumer");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "Contoso.Store.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PeerPractice.Core" Version="{package.Version}" />
                <PackageReference Include="PeerPractice.Sqlite" Version="{package.Version}" />
                <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.0" />
              </ItemGroup>
            </Project>
            """);
        WriteNuGetConfig(project);
        File.Copy(Path.Combine(RepositoryRoot.Path, "tests", "PeerPractice.Package.Tests", "Consumer", "StorageProgram.cs.txt"), Path.Combine(project, "Program.cs"));
        var data = Path.Combine(package.Root, "storage-data");
        var database = Path.Combine(data, "practice.db");
        var keyFile = Path.Combine(package.Root, "storage-key", "notes.key");

        DotNetCli.RunOrFail(project, "build", "-c", "Release");
        var written = DotNetCli.RunOrFail(project, "run", "-c", "Release", "--no-build", "--", "write", database, keyFile, Secret);
        var continued = DotNetCli.RunOrFail(project, "run", "-c", "Release", "--no-build", "--", "continue", database, keyFile, Secret);

        Assert.Matches(@"written: version \d+, item 0", written);
        var version = System.Text.RegularExpressions.Regex.Match(written, @"written: version (\d+)").Groups[1].Value;
        Assert.Contains($"reopened: Open, version {version}, {version} events, private note by alex: {Secret}", continued, StringComparison.Ordinal);
        Assert.Contains($"rebuilt: item 0, version {version}", continued, StringComparison.Ordinal);
        Assert.Matches(@"continued: Finished, version (\d+) = \1", continued);

        // The note key lives outside the data folder, and the private text only as ciphertext in it.
        Assert.True(File.Exists(keyFile), "the note key file was not created at " + keyFile);
        Assert.DoesNotContain(Directory.GetFiles(data), f => f.EndsWith(".key", StringComparison.Ordinal));
        var stored = Directory.GetFiles(data, "practice.db*").SelectMany(File.ReadAllBytes).ToArray();
        Assert.True(stored.Length > 0, "no database bytes at " + database);
        Assert.Equal(-1, stored.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(Secret)));
        Assert.Equal(-1, stored.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes("interviewing")));
        Assert.NotEqual(-1, stored.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes("vendor scorecard")));
    }

    [Fact(Timeout = TestTimeouts.Process)]
    public void Broken_agendas_fail_the_build_with_located_diagnostics()
    {
        var project = Path.Combine(package.Root, "broken");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "Broken.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Library</OutputType>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PeerPractice.Core" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        WriteNuGetConfig(project);
        File.WriteAllText(Path.Combine(project, "bad.agenda.json"), """
            {
              "id": "bad",
              "title": "Bad",
              "sections": [ { "id": "s", "title": "S", "items": [ { "id": "i", "prompt": "P", "turns": "each", "timebox": "PT0M" } ] } ]
            }
            """);

        File.WriteAllText(Path.Combine(project, "first.agenda.json"), DuplicateAgenda("First"));
        File.WriteAllText(Path.Combine(project, "second.agenda.json"), DuplicateAgenda("Second"));

        var (exitCode, output) = DotNetCli.Run(project, "build");

        Assert.NotEqual(0, exitCode);
        Assert.Matches(@"bad\.agenda\.json\(\d+,\d+\): error PPA\d{3}", output);
        Assert.Matches(@"\.agenda\.json\(2,\d+\): error PPG001", output);
        Assert.DoesNotContain("error CS", output, StringComparison.Ordinal);
    }

    private static string DuplicateAgenda(string title) => $$"""
        {
          "id": "same-id",
          "title": "{{title}}",
          "format": "pair",
          "sections": [ { "id": "s", "title": "S", "items": [ { "id": "i", "prompt": "P", "turns": "each", "timebox": "PT1M" } ] } ]
        }
        """;

    /// <summary>The consumer's own NuGet.config: the packed package first, nuget.org for its dependencies.</summary>
    private void WriteNuGetConfig(string project) => File.WriteAllText(Path.Combine(project, "NuGet.config"), $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="local" value="{package.FeedDirectory}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
          </packageSources>
        </configuration>
        """);
}
