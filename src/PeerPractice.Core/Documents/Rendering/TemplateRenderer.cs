using System;
using System.Collections.Concurrent;
using System.Threading;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PeerPractice.Documents;

/// <summary>
/// Renders documents from a <see cref="TemplateSet"/> inside <see cref="RenderLimits"/>. Templates
/// are compiled once and cached; the renderer is safe to share between threads.
/// </summary>
public sealed class TemplateRenderer
{
    private readonly ConcurrentDictionary<string, Lazy<Template>> _compiled = new(StringComparer.Ordinal);
    private readonly ScriptObject _builtins = SafeBuiltins.Create();
    private readonly TimeProvider _time;

    /// <summary>Creates a renderer.</summary>
    /// <param name="templates">The templates; the built-ins when null.</param>
    /// <param name="limits">The bounds of every render; <see cref="RenderLimits.Default"/> when null.</param>
    /// <param name="time">Measures the render deadline; the system clock when null.</param>
    public TemplateRenderer(TemplateSet? templates = null, RenderLimits? limits = null, TimeProvider? time = null)
    {
        Templates = templates ?? TemplateSet.BuiltIn;
        Limits = limits ?? RenderLimits.Default;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The templates this renderer uses.</summary>
    public TemplateSet Templates { get; }

    /// <summary>The bounds of every render.</summary>
    public RenderLimits Limits { get; }

    /// <summary>
    /// Renders the template named <paramref name="templateName"/> over <paramref name="model"/>.
    /// The whole document is produced in memory within the output limit before it is returned, so a
    /// caller that writes it to disk never writes half a document.
    /// </summary>
    /// <param name="templateName">A template name, such as <c>summary.html</c>.</param>
    /// <param name="model">The data the template sees.</param>
    /// <param name="cancellationToken">Stops the render early; the deadline in <see cref="Limits"/> applies as well.</param>
    /// <exception cref="TemplateRenderException">The template has an error, or a limit or the deadline was reached.</exception>
    public string Render(string templateName, DocumentModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(templateName);
        ArgumentNullException.ThrowIfNull(model);
        var template = Compile(templateName);
        var source = Templates.Find(templateName)!;

        using var deadline = new CancellationTokenSource(Limits.Deadline, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        var context = CreateContext(linked.Token);
        context.PushGlobal(model.Root);

        // Template assignments land in this scratch scope, never in the shared, frozen model.
        context.PushGlobal(new ScriptObject());
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException exception)
        {
            throw new TemplateRenderException(At(TemplateProblems.RenderFailed, source, exception.Span, Explain(exception, deadline, cancellationToken)), exception);
        }
        catch (OperationCanceledException exception)
        {
            throw new TemplateRenderException(At(TemplateProblems.RenderFailed, source, context.CurrentNode?.Span, Explain(exception, deadline, cancellationToken)), exception);
        }
        catch (Exception exception) when (exception is InvalidOperationException or ArgumentException or OverflowException
            or FormatException or InvalidCastException or NotSupportedException or IndexOutOfRangeException
            or TimeoutException or System.Text.Json.JsonException)
        {
            // Scriban surfaces some runtime failures as plain .NET exceptions; the current node still says where.
            throw new TemplateRenderException(At(TemplateProblems.RenderFailed, source, context.CurrentNode?.Span, exception.Message), exception);
        }
    }

    /// <summary>
    /// Parses the template named <paramref name="templateName"/> (once; later calls hit the cache)
    /// and throws with the first error's location when it does not parse.
    /// </summary>
    /// <param name="templateName">A template name.</param>
    /// <exception cref="TemplateRenderException">Unknown name or a syntax error.</exception>
    public void Precompile(string templateName) => Compile(templateName);

    internal Template Compile(string templateName)
    {
        var source = Templates.Find(templateName) ?? throw new TemplateRenderException(TemplateProblems.UnknownTemplate.At(
            "Unknown template; known templates: " + string.Join(", ", Templates.Names) + ".", templateName, null, SourceSpan.Start));
        var lazy = _compiled.GetOrAdd(templateName, _ => new Lazy<Template>(() => Parse(source), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return lazy.Value;
        }
        catch (TemplateRenderException)
        {
            // Do not cache failures forever: the set is immutable, but keep the cache to good templates only.
            _compiled.TryRemove(templateName, out _);
            throw;
        }
    }

    /// <summary>Parses without caching, so callers can time parse-every-time against the cache.</summary>
    internal Template Parse(TemplateSource source)
    {
        var parserOptions = new ParserOptions { ExpressionDepthLimit = Limits.ExpressionDepth };
        var template = Template.Parse(source.Text, source.FilePath ?? source.Name, parserOptions);
        if (template.HasErrors)
        {
            var first = template.Messages[0];
            foreach (var message in template.Messages)
            {
                if (message.Type == ParserMessageType.Error)
                {
                    first = message;
                    break;
                }
            }

            throw new TemplateRenderException(At(TemplateProblems.SyntaxError, source, first.Span, "Syntax error: " + first.Message));
        }

        TemplateEscaping.Apply(template, source.Format);
        return template;
    }

    /// <summary>Renders an already parsed template; for benchmarks that parse every time.</summary>
    internal string RenderParsed(Template template, DocumentModel model)
    {
        using var deadline = new CancellationTokenSource(Limits.Deadline, _time);
        var context = CreateContext(deadline.Token);
        context.PushGlobal(model.Root);
        context.PushGlobal(new ScriptObject());
        return template.Render(context);
    }

    private TemplateContext CreateContext(CancellationToken cancellationToken) => new(_builtins)
    {
        StrictVariables = true,
        LoopLimit = Limits.LoopIterations,
        RecursiveLimit = Limits.RecursionDepth,
        LimitToString = Limits.OutputCharacters,
        OutputLimit = Limits.OutputCharacters,
        OnOutputLimit = ScriptLimitBehavior.Throw,
        OnStringLimit = ScriptLimitBehavior.Throw,
        ObjectRecursionLimit = 20,
        RegexTimeOut = TimeSpan.FromMilliseconds(100),
        EnableRelaxedMemberAccess = false,
        EnableRelaxedTargetAccess = false,
        EnableRelaxedIndexerAccess = false,
        EnableRelaxedFunctionAccess = false,

        // The model holds no .NET objects; this shuts the reflection path anyway, in case one slips in.
        MemberFilter = static _ => false,
        TemplateLoader = null,
        NewLine = "\n",
        CancellationToken = cancellationToken,
    };

    private static string Explain(Exception exception, CancellationTokenSource deadline, CancellationToken caller)
    {
        if (deadline.IsCancellationRequested && !caller.IsCancellationRequested)
        {
            return "The render took longer than its deadline and was stopped.";
        }

        if (caller.IsCancellationRequested)
        {
            return "The render was cancelled.";
        }

        return exception is ScriptRuntimeException runtime ? runtime.OriginalMessage : exception.Message;
    }

    private static Problem At(ProblemDescriptor descriptor, TemplateSource source, Scriban.Parsing.SourceSpan? span, string message)
    {
        // Scriban counts lines and columns from 0 and ends a span at its last character; editors and our
        // other problems count from 1 and end a span just after it. Front matter lines come before the
        // text Scriban saw.
        var line = source.FirstLine;
        var where = span switch
        {
            null => line > 1 ? SourceSpan.At(line, 1) : SourceSpan.Start,

            // An error Scriban meets at the end of the text (an unclosed `{{ if`) comes without a position.
            { Start.Line: < 0 } => EndOf(source.Text, line),
            { } s when s.End.Offset >= s.Start.Offset =>
                new SourceSpan(s.Start.Offset, s.End.Offset - s.Start.Offset + 1, s.Start.Line + line, s.Start.Column + 1, s.End.Line + line, s.End.Column + 2),
            { } s => new SourceSpan(s.Start.Offset, 0, s.Start.Line + line, s.Start.Column + 1, s.Start.Line + line, s.Start.Column + 1),
        };
        return descriptor.At(message, source.FilePath ?? source.Name, null, where);
    }

    /// <summary>The point just after the last character of <paramref name="text"/>, which begins on the file's line <paramref name="firstLine"/>.</summary>
    private static SourceSpan EndOf(string text, int firstLine)
    {
        var lastBreak = text.LastIndexOf('\n');
        var endLine = firstLine + text.AsSpan().Count('\n');
        var endColumn = text.Length - lastBreak;
        return new SourceSpan(text.Length, 0, endLine, endColumn, endLine, endColumn);
    }
}
