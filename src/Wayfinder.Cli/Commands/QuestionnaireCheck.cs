using Wayfinder.Content.Checking;
using Wayfinder.Content.Loading;
using Wayfinder.Content.Model;
using Wayfinder.Symptoms;

namespace Wayfinder.Cli.Commands;

/// <summary>
/// Questionnaires are content too: <c>check</c> loads each one the way the site does and checks
/// that every guide it names exists in both languages.
/// </summary>
public static class QuestionnaireCheck
{
    public static IEnumerable<Diagnostic> Check(string contentRoot, ContentSnapshot snapshot)
    {
        var folder = Path.Combine(contentRoot, "questionnaires");
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var path = "questionnaires/" + Path.GetFileName(file);
            Questionnaire? questionnaire = null;
            string? problem = null;
            try
            {
                questionnaire = Questionnaire.Load(file);
            }
            catch (Exception ex) when (ex is InvalidDataException or YamlDotNet.Core.YamlException)
            {
                problem = ex.Message;
            }

            if (problem is not null)
            {
                yield return new Diagnostic(path, 1, Severity.Error, problem);
                continue;
            }

            foreach (var guide in questionnaire!.RedFlags.Where(f => f.Guide is not null).Select(f => f.Guide!))
            {
                foreach (var lang in Languages.All.Where(lang => snapshot.Find(lang, guide)?.Url is null))
                {
                    yield return new Diagnostic(path, 1, Severity.Error, $"red-flag guide '{guide}' is not a page in content/{lang}", Rules.Link);
                }
            }
        }
    }
}
