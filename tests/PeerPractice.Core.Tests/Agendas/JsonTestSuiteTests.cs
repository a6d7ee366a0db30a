using PeerPractice.Agendas;

namespace PeerPractice.Core.Tests.Agendas;

/// <summary>
/// Every file of JSONTestSuite's test_parsing through the UTF-8 loader: n_ files are refused with a
/// located problem, y_ files are read and then refused as not an agenda, nothing throws.
/// </summary>
public class JsonTestSuiteTests
{
    private static string[] Files(string prefix)
    {
        var folder = TestPaths.RequireCorpus(Path.Combine("JSONTestSuite", "test_parsing"));
        var files = Directory.GetFiles(folder, prefix + "*.json").Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(files);
        return files;
    }

    [Fact]
    public void Every_n_file_is_refused_with_a_located_syntax_or_encoding_problem()
    {
        var failures = new List<string>();
        foreach (var file in Files("n_"))
        {
            var bytes = File.ReadAllBytes(file);
            var result = AgendaLoader.Parse(bytes, Path.GetFileName(file));
            var first = result.Problems.IsEmpty ? null : result.Problems[0];
            var located = first is not null && first.Span.Line >= 1 && first.Span.Column >= 1;
            var syntax = result.Problems.Any(p => p.Id is "PPA001" or "PPA002" or "PPA003" or "PPA004" or "PPA005" or "PPA006" or "PPA007");
            if (result.Succeeded || !located || !syntax)
            {
                failures.Add(Path.GetFileName(file) + ": " + ProblemAssert.Describe(result));
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void Every_y_file_is_read_then_refused_as_not_an_agenda_with_a_clear_problem()
    {
        var failures = new List<string>();
        foreach (var file in Files("y_"))
        {
            var result = AgendaLoader.Parse(File.ReadAllBytes(file), Path.GetFileName(file));
            // RFC 8259 only says names SHOULD be unique; this format refuses duplicates (PPA003) by policy.
            var syntax = result.Problems.Any(p => string.CompareOrdinal(p.Id, "PPA020") < 0 && p.Id != "PPA003");
            var notAnAgenda = result.Problems.Any(p => p.Id is "PPA020" or "PPA022" or "PPA034");
            if (result.Succeeded || syntax || !notAnAgenda)
            {
                failures.Add(Path.GetFileName(file) + ": " + ProblemAssert.Describe(result));
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public void No_file_of_the_suite_makes_any_loader_form_throw()
    {
        foreach (var file in Files(""))
        {
            var bytes = File.ReadAllBytes(file);
            var fromBytes = AgendaLoader.Parse(bytes, file);
            var fromStream = AgendaLoader.Parse(new MemoryStream(bytes), file);
            var fromFile = AgendaLoader.ParseFile(file);
            var fromString = AgendaLoader.Parse(System.Text.Encoding.UTF8.GetString(bytes), file);

            Assert.Equal(fromBytes, fromStream);
            Assert.Equal(fromBytes, fromFile);
            Assert.False(fromBytes.Succeeded, file);
            Assert.False(fromString.Succeeded, file);
            Assert.All(fromBytes.Problems, p => Assert.NotNull(AgendaProblemCatalog.Find(p.Id)));
        }
    }
}
