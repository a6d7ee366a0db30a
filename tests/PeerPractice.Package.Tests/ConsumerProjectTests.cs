namespace PeerPractice.Package.Tests;

/// <summary>
/// What a new user does: a fresh console project outside this repository, one PackageReference to
/// the packed PeerPractice.Core, two agenda files, warnings as errors, build, run.
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
