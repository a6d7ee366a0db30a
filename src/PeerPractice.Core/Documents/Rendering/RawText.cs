using System;
using System.Threading.Tasks;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PeerPractice.Documents;

/// <summary>Text a template author marked with <c>raw</c>: printed without escaping.</summary>
internal sealed class RawText(string text)
{
    public string Text { get; } = text;

    public override string ToString() => Text;
}

/// <summary>
/// The <c>raw</c> function: <c>{{ value | raw }}</c> prints <c>value</c> unescaped. The escape hatch
/// for authors who mean to insert markup; it must be the last step of a pipe.
/// </summary>
internal sealed class RawFunction : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(arguments);
        return new RawText(arguments.Count == 0 || arguments[0] is null ? string.Empty : context.ObjectToString(arguments[0]) ?? string.Empty);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
