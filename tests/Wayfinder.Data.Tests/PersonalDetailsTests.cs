using Wayfinder.Data.Feedback;

namespace Wayfinder.Data.Tests;

/// <summary>Feedback comments lose what would identify a person, however it is written, and keep the rest.</summary>
public sealed class PersonalDetailsTests
{
    public static TheoryData<string, string> Identifying() => new()
    {
        // Telephone numbers, split every way people split them.
        { "call me 416-555-0199", "416-555-0199" },
        { "call me 416 555 0199", "416 555 0199" },
        { "call me (416) 555-0199", "555-0199" },
        { "call me +1 416 555 0199", "555 0199" },
        { "call me 416.555.0199", "555.0199" },
        { "call me 416/555/0199", "555/0199" },
        { "call me 416,555,0199", "555,0199" },
        { "call me 416_555_0199", "555_0199" },
        { "call me 416–555–0199", "555–0199" },
        { "call me 416\u200B555\u200B0199", "5550199" },
        { "call me ４１６５５５０１９９", "4165550199" },
        // Health card and record numbers.
        { "my health card is 1234-567-890", "1234-567-890" },
        { "OHIP 1234 567 890 AB", "1234 567 890" },
        { "MRN 123456", "123456" },
        { "mrn: A123456", "A123456" },
        { "chart # AB12345", "AB12345" },
        { "dossier no 55-1234", "55-1234" },
        // Dates of birth.
        { "born 1961/04/12", "1961/04/12" },
        { "born 1961-04-12", "1961-04-12" },
        { "born 12/04/1961", "12/04/1961" },
        { "born 12.04.1961", "12.04.1961" },
        { "né le 12 04 1961", "12 04 1961" },
        // E-mail addresses, however they are written.
        { "write to jane.doe@example.com", "example.com" },
        { "write to jane.doe @ example.com", "example.com" },
        { "write to jane@localhost", "jane@localhost" },
        { "write to jane＠example.com", "example.com" },
        { "write to jane dot doe at example dot com", "example dot com" },
        { "write to jane(at)example.com", "example.com" },
        { "write to jane [at] example [dot] com", "jane [at]" },
        { "écrivez à jean point tremblay arobase exemple point ca", "arobase" },
        { "JANE.DOE@EXAMPLE.CA please", "EXAMPLE.CA" },
        // Where they live.
        { "I live at M5G 2M9", "M5G 2M9" },
        { "I live at m5g2m9", "m5g2m9" },
        { "I live at 123 Queen Street West", "123 Queen Street" },
        { "I live at 45 Elm Ave.", "45 Elm Ave" },
        { "j'habite au 1200, rue Sainte-Catherine", "rue Sainte-Catherine" },
        // Invisible characters that split numbers.
        { "416\u2060555\u20600199", "0199" },
        { "416\u00AD555\u00AD0199", "0199" },
        { "416\uFEFF555\uFEFF0199", "0199" },
        { "card 1234 5678 9012 3456", "9012" },
    };

    [Theory]
    [MemberData(nameof(Identifying))]
    public void A_comment_loses_what_would_identify_the_person(string comment, string gone)
    {
        var scrubbed = PersonalDetails.Scrub(comment);

        Assert.DoesNotContain(gone, scrubbed, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(PersonalDetails.Removed, scrubbed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The fever page was clear, thank you.")]
    [InlineData("My temperature was 38.5 and I called at 3 a.m.")]
    [InlineData("I take 20 mg every 28 days.")]
    [InlineData("The map for M5G was helpful.")]
    [InlineData("La page sur la fièvre m'a aidée à 2 h du matin.")]
    [InlineData("Ki-67 was 12% in 2024.")]
    public void A_comment_without_personal_details_is_kept_as_written(string comment)
    {
        Assert.Equal(comment, PersonalDetails.Scrub(comment));
    }

    [Theory]
    [InlineData("bad\u001b[31mred\u001b[0m", "bad[31mred[0m")]
    [InlineData("bell\u0007here", "bellhere")]
    [InlineData("line\rover", "line over")]
    [InlineData("\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007", "]8;;https://evil.exampleclick]8;;")]
    [InlineData("zero\u200Bwidth", "zerowidth")]
    public void Control_characters_that_could_drive_a_terminal_are_removed(string comment, string expected)
    {
        Assert.Equal(expected, PersonalDetails.StripControl(comment).Replace("  ", " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Half_of_a_surrogate_pair_becomes_the_replacement_character_and_whole_pairs_stay()
    {
        // Built here: test data passed through a theory would be cleaned before it arrived.
        var comment = "lone " + '\uD800' + " half, emoji \U0001F600";

        Assert.Equal("lone \uFFFD half, emoji \U0001F600", PersonalDetails.StripControl(comment));
    }
}

public sealed class SqliteFileTests
{
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_new_sqlite_database_file_is_readable_by_its_owner_only()
    {
        var folder = Directory.CreateTempSubdirectory("wayfinder-sqlite-").FullName;
        var path = Path.Combine(folder, "wayfinder.db");

        using (var db = WayfinderDatabase.Create(WayfinderDatabase.Sqlite, $"Data Source={path}"))
        {
            db.Database.EnsureCreated();
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Directory.Delete(folder, recursive: true);
    }
}
