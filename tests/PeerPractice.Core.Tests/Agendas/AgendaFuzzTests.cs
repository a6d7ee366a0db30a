using PeerPractice.Agendas;

namespace PeerPractice.Core.Tests.Agendas;

/// <summary>Seeded mutations of the built-in agendas: no exception, every problem located inside the text, same result twice.</summary>
public class AgendaFuzzTests
{
    private const string Alphabet = "{}[],:\"\\ -0123456789eEtrufalsnPTHMSDWY/*\u00e9\uFEFF\n\r\t\u0000";

    [Fact(Timeout = TestTimeouts.Fuzz)]
    public void Three_thousand_mutated_agendas_never_throw_and_every_problem_is_located_in_the_text()
    {
        var random = new Random(20261123);
        var sources = AgendaLibrary.Ids.Select(AgendaLibrary.GetSource).ToArray();
        for (var round = 0; round < 3000; round++)
        {
            var text = Mutate(sources[round % sources.Length], random);

            var result = AgendaParser.Parse(text, "fuzz.agenda.json");

            Assert.Equal(result, AgendaParser.Parse(text, "fuzz.agenda.json"));
            Assert.Equal(result.Succeeded, result.Problems.All(p => p.Severity == ProblemSeverity.Warning));
            var lines = text.Split('\n').Length + text.Count(c => c == '\r');
            foreach (var problem in result.Problems)
            {
                Assert.NotNull(AgendaProblemCatalog.Find(problem.Id));
                Assert.InRange(problem.Span.Offset, 0, text.Length);
                Assert.InRange(problem.Span.Offset + problem.Span.Length, 0, text.Length);
                Assert.InRange(problem.Span.Line, 1, lines);
                Assert.True(problem.Span.Column >= 1 && problem.Message.Length > 10 && problem.JsonPath!.StartsWith('$'), problem.ToString());
            }
        }
    }

    private static string Mutate(string text, Random random)
    {
        var chars = text.ToList();
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && chars.Count > 0; e++)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(4))
            {
                case 0:
                    chars.RemoveAt(at);
                    break;
                case 1:
                    chars.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                case 2:
                    chars[at] = Alphabet[random.Next(Alphabet.Length)];
                    break;
                default:
                    var length = Math.Min(random.Next(1, 40), chars.Count - at);
                    chars.InsertRange(random.Next(chars.Count), chars.GetRange(at, length));
                    break;
            }
        }

        return new string(chars.ToArray());
    }
}
