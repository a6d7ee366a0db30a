using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PeerPractice.Documents;
using PeerPractice.Samples;

namespace PeerPractice.Benchmarks.Visits;

/// <summary>
/// Issue 7's Speed: the visit plan and the handout rendered with the cached compiled template,
/// parsed every time, and (handout) written by hand with a StringBuilder. Each category's baseline
/// is the cached render, so the ratio column reads as "times the cached cost".
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class TemplateBenchmarks
{
    private TemplateRenderer _renderer = null!;
    private DocumentModel _planModel = null!;
    private DocumentModel _handoutModel = null!;
    private TemplateSource _planSource = null!;
    private TemplateSource _handoutSource = null!;

    [GlobalSetup]
    public void Setup()
    {
        _renderer = new TemplateRenderer();
        _planModel = DocumentModel.FromVisitPlan(SampleDocuments.VisitPlan, Attribution.Attributed);
        _handoutModel = DocumentModel.FromAgenda(SampleDocuments.Agenda);
        _planSource = _renderer.Templates.Find(BuiltInTemplates.VisitPlan)!;
        _handoutSource = _renderer.Templates.Find(BuiltInTemplates.Handout)!;

        // Compare like with like: the hand-written renderer must produce the very same document.
        if (HandWrittenHandout.Render(SampleDocuments.Agenda) != HandoutCached())
        {
            throw new InvalidOperationException("The hand-written handout differs from the template's.");
        }
    }

    [Benchmark(Baseline = true), BenchmarkCategory("VisitPlan")]
    public string VisitPlanCached() => _renderer.Render(BuiltInTemplates.VisitPlan, _planModel);

    [Benchmark, BenchmarkCategory("VisitPlan")]
    public string VisitPlanParsedEachTime() => _renderer.RenderParsed(_renderer.Parse(_planSource), _planModel);

    [Benchmark, BenchmarkCategory("VisitPlan")]
    public string VisitPlanCachedWithModelBuild() =>
        _renderer.Render(BuiltInTemplates.VisitPlan, DocumentModel.FromVisitPlan(SampleDocuments.VisitPlan, Attribution.Attributed));

    [Benchmark(Baseline = true), BenchmarkCategory("Handout")]
    public string HandoutCached() => _renderer.Render(BuiltInTemplates.Handout, _handoutModel);

    [Benchmark, BenchmarkCategory("Handout")]
    public string HandoutParsedEachTime() => _renderer.RenderParsed(_renderer.Parse(_handoutSource), _handoutModel);

    [Benchmark, BenchmarkCategory("Handout")]
    public string HandoutCachedWithModelBuild() => _renderer.Render(BuiltInTemplates.Handout, DocumentModel.FromAgenda(SampleDocuments.Agenda));

    [Benchmark, BenchmarkCategory("Handout")]
    public string HandoutStringBuilder() => HandWrittenHandout.Render(SampleDocuments.Agenda);
}
