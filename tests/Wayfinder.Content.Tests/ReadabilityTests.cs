using Wayfinder.Content.Readability;

namespace Wayfinder.Content.Tests;

/// <summary>Readability formulas checked against examples counted by hand.</summary>
public sealed class ReadabilityTests
{
    [Theory]
    [InlineData("cat", 1)]
    [InlineData("the", 1)]
    [InlineData("happy", 2)]
    [InlineData("tumour", 2)]
    [InlineData("make", 1)]
    [InlineData("table", 2)]
    [InlineData("treatment", 2)]
    [InlineData("medicine", 3)]
    [InlineData("chemotherapy", 5)]
    [InlineData("nurse", 1)]
    public void English_syllables_are_counted_like_a_person_would(string word, int syllables)
    {
        Assert.Equal(syllables, TextStatistics.Syllables(word, "en"));
    }

    [Theory]
    [InlineData("chat", 1)]
    [InlineData("content", 2)]
    [InlineData("cellule", 2)]
    [InlineData("cellules", 2)]
    [InlineData("une", 1)]
    [InlineData("médecin", 3)]
    [InlineData("traitement", 3)]
    public void French_syllables_drop_the_mute_final_e(string word, int syllables)
    {
        Assert.Equal(syllables, TextStatistics.Syllables(word, "fr"));
    }

    [Fact]
    public void Flesch_kincaid_grade_matches_a_hand_computed_example()
    {
        // 9 words, 2 sentences, 10 syllables: 0.39 * 4.5 + 11.8 * 10/9 - 15.59 = -0.724
        var score = ReadabilityScore.Measure(["The cat sat on the mat.", "It was happy."], "en");

        Assert.Equal((2, 9, 10), (score.Sentences, score.Words, score.Syllables));
        Assert.Equal(-0.724, score.Value, precision: 3);
    }

    [Fact]
    public void Flesch_kincaid_grade_of_a_harder_text_is_higher()
    {
        // 14 words, 1 sentence, 28 syllables: 0.39 * 14 + 11.8 * 2 - 15.59 = 13.47
        var hard = ReadabilityScore.Compute("en", sentences: 1, words: 14, syllables: 28);
        var easy = ReadabilityScore.Measure(["You can call your care team at any time."], "en").Value;

        Assert.Equal(13.47, hard, precision: 2);
        Assert.True(easy < 4, $"a short everyday sentence should read below grade 4, was {easy}");
    }

    [Fact]
    public void Kandel_moles_ease_matches_a_hand_computed_example()
    {
        // 6 words, 2 sentences, 7 syllables: 207 - 1.015 * 3 - 73.6 * 7/6 = 118.088
        var score = ReadabilityScore.Measure(["Le chat dort.", "Il est content."], "fr");

        Assert.Equal((2, 6, 7), (score.Sentences, score.Words, score.Syllables));
        Assert.Equal(118.088, score.Value, precision: 3);
    }

    [Theory]
    [InlineData("Call 911. Then wait for help.", 2)]
    [InlineData("Take it with food, e.g. a snack. Then rest.", 2)]
    [InlineData("Is it urgent? Yes! Call now.", 3)]
    [InlineData("Appelez le 911. Attendez de l'aide.", 2)]
    [InlineData("One sentence without a final stop", 1)]
    public void Sentences_are_split_at_their_ends(string text, int count)
    {
        Assert.Equal(count, TextStatistics.SplitSentences(text).Count());
    }

    [Fact]
    public void Words_keep_hyphens_and_apostrophes_together()
    {
        Assert.Equal(["Ki-67", "l'aide", "5-HIAA", "test"], TextStatistics.Words("Ki-67, l'aide: 5-HIAA test!"));
    }
}
