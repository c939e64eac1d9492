namespace Wayfinder.Content.Readability;

/// <summary>Reading level of a page: Flesch-Kincaid grade (English) or Kandel-Moles ease (French).</summary>
public sealed record ReadabilityScore(string Lang, double Value, int Sentences, int Words, int Syllables)
{
    /// <summary>English: a school grade (lower is easier). French: a 0-100 ease (higher is easier).</summary>
    public string Describe() => Lang == "fr"
        ? $"Kandel-Moles reading ease {Value:0.0}"
        : $"Flesch-Kincaid grade {Value:0.0}";

    public static ReadabilityScore Measure(IEnumerable<string> sentences, string lang)
    {
        var list = sentences.ToList();
        var words = list.SelectMany(TextStatistics.Words).ToList();
        var syllables = words.Sum(w => TextStatistics.Syllables(w, lang));
        return new ReadabilityScore(lang, Compute(lang, list.Count, words.Count, syllables), list.Count, words.Count, syllables);
    }

    /// <summary>
    /// Flesch-Kincaid grade = 0.39 (words/sentences) + 11.8 (syllables/words) - 15.59.
    /// Kandel-Moles ease = 207 - 1.015 (words/sentences) - 73.6 (syllables/words), the French
    /// adaptation of Flesch reading ease.
    /// </summary>
    public static double Compute(string lang, int sentences, int words, int syllables)
    {
        if (sentences == 0 || words == 0)
        {
            return lang == "fr" ? 100 : 0;
        }

        var wordsPerSentence = (double)words / sentences;
        var syllablesPerWord = (double)syllables / words;
        return lang == "fr"
            ? 207 - (1.015 * wordsPerSentence) - (73.6 * syllablesPerWord)
            : (0.39 * wordsPerSentence) + (11.8 * syllablesPerWord) - 15.59;
    }

    /// <summary>How hard one sentence is, for listing the hardest sentences of a page.</summary>
    public static double Difficulty(Sentence sentence, string lang) =>
        Compute(lang, 1, sentence.Words.Count, sentence.Words.Sum(w => TextStatistics.Syllables(w, lang))) * (lang == "fr" ? -1 : 1);
}
