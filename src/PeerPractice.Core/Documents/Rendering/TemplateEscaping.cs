using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PeerPractice.Documents;

/// <summary>
/// Escaping by output format. Scriban prints every <c>{{ value }}</c> through an expression statement,
/// and the value of a <c>ret</c> that ends the page; after parsing, each such value is passed through the
/// format's escape function, so every printed value is escaped and the author's own text around it is not.
/// <c>{{ value | raw }}</c> marks a value the author means to print as it is.
/// </summary>
internal static class TemplateEscaping
{
    /// <summary>The builtin names of the escape functions; the rewritten templates call them.</summary>
    public const string MarkdownFunction = "escape_markdown_value";

    /// <inheritdoc cref="MarkdownFunction"/>
    public const string HtmlFunction = "escape_html_value";

    public static void Register(ScriptObject builtins)
    {
        builtins.SetValue("raw", new RawFunction(), readOnly: true);
        builtins.SetValue(MarkdownFunction, new EscapeFunction(OutputFormat.Markdown), readOnly: true);
        builtins.SetValue(HtmlFunction, new EscapeFunction(OutputFormat.Html), readOnly: true);
    }

    /// <summary>Rewrites <paramref name="template"/> so that every printed value is escaped for <paramref name="format"/>.</summary>
    public static void Apply(Template template, OutputFormat format)
    {
        if (format == OutputFormat.Text || template.Page is null)
        {
            return;
        }

        var function = format == OutputFormat.Html ? HtmlFunction : MarkdownFunction;
        var statements = new List<ScriptStatement>();
        ScriptTree.CollectPrinted(template.Page, statements, inFunction: false);

        foreach (var statement in statements)
        {
            // A `ret` outside any function ends the page, and Scriban prints its value after the page has
            // run, past every node: it is escaped here like a printed one.
            var value = statement switch
            {
                ScriptExpressionStatement printed => printed.Expression!,
                _ => ((ScriptReturnStatement)statement).Expression!,
            };
            ScriptTree.SetExpression(statement, null); // detach: a node has one parent
            var call = new ScriptFunctionCall
            {
                Target = new ScriptVariableGlobal(function) { Span = value.Span },
                Span = value.Span,
            };
            call.Arguments.Add(value);
            ScriptTree.SetExpression(statement, call);
        }
    }

    /// <summary>Escapes its argument unless it is <see cref="RawText"/>; null stays null, so nothing is printed.</summary>
    private sealed class EscapeFunction(OutputFormat format) : IScriptCustomFunction
    {
        public int RequiredParameterCount => 1;

        public int ParameterCount => 1;

        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

        public Type ReturnType => typeof(object);

        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var value = arguments.Count == 0 ? null : arguments[0];
            return value switch
            {
                null => null,
                RawText raw => raw.Text,
                _ => OutputEscaper.Escape(context.ObjectToString(value) ?? string.Empty, format),
            };
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new(Invoke(context, callerContext, arguments, blockStatement));
    }
}
