extern alias Generator;
using Generator::PeerPractice.Generators.Diagnostics;
using Microsoft.CodeAnalysis;

namespace PeerPractice.Generators.Tests.Pipeline;

/// <summary>
/// The generator's own diagnostics (PPG ids) as the IDE shows them: id, title, message, category,
/// severity, description and a help link to their row in <c>docs/generator.md</c>.
/// </summary>
public class DescriptorTests
{
    public static TheoryData<string, string, string, DiagnosticSeverity> Descriptors => new()
    {
        { "PPG001", "Two agenda files have the same id", "The agenda id '{0}' is also used by '{1}'; only that file is generated. Give each agenda its own id.", DiagnosticSeverity.Error },
        { "PPG002", "Two agenda ids make the same C# class name", "The agenda id '{0}' makes the class name '{1}', as does the id '{2}' in '{3}'; only that file is generated. Rename one of the ids.", DiagnosticSeverity.Error },
        { "PPG003", "Two ids in one agenda make the same C# name", "The {0} id '{1}' makes the C# name '{2}', which the {3} id '{4}' also makes; rename one of them", DiagnosticSeverity.Error },
        { "PPG004", "An agenda id cannot be turned into a C# name", "The {0} id '{1}' is not kebab-case, so it cannot be turned into a C# name: use lower-case ASCII letters and digits in words joined by single '-', starting with a letter", DiagnosticSeverity.Error },
        { "PPG005", "The agenda namespace is not a valid C# namespace", "The namespace '{0}' (from {1}) is not a valid C# namespace; agenda classes go in '{2}' instead", DiagnosticSeverity.Warning },
        { "PPG006", "An agenda file could not be read", "The agenda file '{0}' could not be read", DiagnosticSeverity.Error },
        { "PPG999", "The agenda generator failed unexpectedly", "The PeerPractice agenda generator failed on this file ({0}: {1}). This is a bug: please report it at https://github.com/peerpractice/peerpractice/issues with the agenda file.", DiagnosticSeverity.Error },
    };

    [Theory]
    [MemberData(nameof(Descriptors))]
    public void Each_generator_diagnostic_has_its_title_message_severity_and_a_help_link_to_its_documented_row(string id, string title, string message, DiagnosticSeverity severity)
    {
        var descriptor = AgendaDiagnostics.Find(id);

        Assert.NotNull(descriptor);
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        Assert.Equal(
            (id, title, message, title + ".", "PeerPractice.Agendas", severity, true),
            (descriptor.Id, descriptor.Title.ToString(culture), descriptor.MessageFormat.ToString(culture), descriptor.Description.ToString(culture), descriptor.Category, descriptor.DefaultSeverity, descriptor.IsEnabledByDefault));
        Assert.Equal("https://github.com/peerpractice/peerpractice/blob/main/docs/generator.md#" + id.ToLowerInvariant(), descriptor.HelpLinkUri);
        var documentation = File.ReadAllText(Path.Combine(Infrastructure.RepositoryPaths.Root, "docs", "generator.md"));
        Assert.Contains("<a id=\"" + id.ToLowerInvariant() + "\"></a>" + id + " |", documentation, StringComparison.Ordinal);
    }
}
