using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PeerPractice.Agendas;

namespace PeerPractice.Benchmarks.Agendas;

/// <summary>
/// Load + full validation of each built-in agenda from UTF-8 bytes (what reading a file costs),
/// side by side with a plain System.Text.Json deserialize into equivalent POCOs with no
/// validation and no locations. Target: within 2x of the baseline.
/// </summary>
[MemoryDiagnoser]
public class AgendaLoadBenchmarks
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    private byte[] _utf8 = [];

    public static IEnumerable<string> Agendas => AgendaLibrary.Ids;

    [ParamsSource(nameof(Agendas))]
    public string Agenda { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _utf8 = System.Text.Encoding.UTF8.GetBytes(AgendaLibrary.GetSource(Agenda));

        // Both sides must really read the agenda, or the comparison means nothing.
        if (!AgendaLoader.Parse(_utf8).Succeeded || JsonSerializer.Deserialize<AgendaPoco>(_utf8, Options)?.Sections?.Count is not > 0)
        {
            throw new InvalidOperationException("The benchmark input does not load: " + Agenda);
        }
    }

    [Benchmark(Baseline = true, Description = "JsonSerializer.Deserialize<POCO>")]
    public AgendaPoco? PlainDeserialize() => JsonSerializer.Deserialize<AgendaPoco>(_utf8, Options);

    [Benchmark(Description = "AgendaLoader.Parse (validated)")]
    public LoadResult<AgendaDefinition> LoadAndValidate() => AgendaLoader.Parse(_utf8);
}
