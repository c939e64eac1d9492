using Microsoft.EntityFrameworkCore;
using Wayfinder.Data.Drugs;
using Wayfinder.Data.Feedback;
using Wayfinder.Data.Imports;
using Wayfinder.Data.Trials;

namespace Wayfinder.Data;

/// <summary>
/// Relational data: Canadian drug products and import runs (trials come later). The model is
/// shared; each database provider has its own subclass so that it has its own migrations
/// (<c>Migrations/Sqlite</c>, <c>Migrations/Postgres</c>).
/// </summary>
public abstract class WayfinderDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<DrugProduct> DrugProducts => Set<DrugProduct>();
    public DbSet<DrugIngredient> DrugIngredients => Set<DrugIngredient>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();
    public DbSet<Trial> Trials => Set<Trial>();
    public DbSet<TrialSite> TrialSites => Set<TrialSite>();
    public DbSet<TrialCancerType> TrialCancerTypes => Set<TrialCancerType>();
    public DbSet<TrialSiteCancerType> TrialSiteCancerTypes => Set<TrialSiteCancerType>();
    public DbSet<TrialTagging> TrialTaggings => Set<TrialTagging>();

    /// <summary>Cancer type ids are content slugs; this bounds them in the database.</summary>
    public const int CancerTypeIdLength = 100;
    public DbSet<PostalArea> PostalAreas => Set<PostalArea>();
    public DbSet<PageFeedback> PageFeedback => Set<PageFeedback>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DrugProduct>(product =>
        {
            product.HasKey(p => p.DrugCode);
            product.Property(p => p.DrugCode).ValueGeneratedNever();
            product.Property(p => p.Din).HasMaxLength(8);
            product.HasIndex(p => p.Din);
            product.HasIndex(p => p.AtcCode);
            product.Property(p => p.BrandName).HasMaxLength(200);
            product.Property(p => p.Company).HasMaxLength(200);
            product.Property(p => p.AtcCode).HasMaxLength(8);
            product.HasMany(p => p.Ingredients).WithOne().HasForeignKey(i => i.DrugCode).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<DrugIngredient>(ingredient =>
        {
            ingredient.Property(i => i.Name).HasMaxLength(300);
            ingredient.HasIndex(i => i.Name);
        });
        modelBuilder.Entity<Trial>(trial =>
        {
            trial.HasKey(t => t.NctId);
            trial.Property(t => t.NctId).HasMaxLength(11);
            trial.Property(t => t.OverallStatus).HasMaxLength(40);
            trial.HasIndex(t => t.OverallStatus);
            trial.HasIndex(t => t.LastUpdated);
            trial.HasMany(t => t.Sites).WithOne().HasForeignKey(s => s.NctId).OnDelete(DeleteBehavior.Cascade);
            trial.HasMany(t => t.CancerTypes).WithOne().HasForeignKey(c => c.NctId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<TrialCancerType>(tag =>
        {
            tag.HasKey(t => new { t.CancerTypeId, t.NctId });
            tag.Property(t => t.CancerTypeId).HasMaxLength(CancerTypeIdLength);
            tag.HasIndex(t => t.NctId);
        });
        modelBuilder.Entity<TrialSiteCancerType>(tag =>
        {
            tag.Property(t => t.CancerTypeId).HasMaxLength(CancerTypeIdLength);
            tag.Property(t => t.TrialStatus).HasMaxLength(40);
            // Covers the finder's distance search for one cancer type: filter columns first,
            // then the box, then everything the sort needs.
            tag.HasIndex(t => new { t.CancerTypeId, t.TrialStatus, t.Latitude, t.Longitude, t.NctId, t.TrialLastUpdated, t.SiteId })
                .HasDatabaseName("IX_TrialSiteCancerTypes_Finder");
            tag.HasIndex(t => t.SiteId);
        });
        modelBuilder.Entity<TrialTagging>();
        modelBuilder.Entity<TrialSite>(site =>
        {
            site.HasIndex(s => new { s.Latitude, s.Longitude });
            site.Property(s => s.TrialStatus).HasMaxLength(40);
            // Covers the finder's distance search: filter columns first, then the box, then
            // everything the sort needs (the row id rides along in every index).
            site.HasIndex(s => new { s.TrialStatus, s.Latitude, s.Longitude, s.NctId, s.TrialLastUpdated })
                .HasDatabaseName("IX_TrialSites_Finder");
            site.HasMany(s => s.CancerTypes).WithOne().HasForeignKey(t => t.SiteId).OnDelete(DeleteBehavior.Cascade);
            site.HasIndex(s => s.City);
        });
        modelBuilder.Entity<PostalArea>(area =>
        {
            area.HasKey(a => a.Fsa);
            area.Property(a => a.Fsa).HasMaxLength(3);
        });
        modelBuilder.Entity<PageFeedback>(feedback =>
        {
            feedback.Property(f => f.Path).HasMaxLength(300);
            feedback.Property(f => f.Comment).HasMaxLength(PageFeedbackLimits.CommentLength);
            feedback.HasIndex(f => new { f.Path, f.Day });
        });
        modelBuilder.Entity<ImportRun>(run =>
        {
            run.Property(r => r.Kind).HasMaxLength(20);
            run.HasIndex(r => new { r.Kind, r.FinishedAt });
        });
    }
}

public sealed class SqliteWayfinderDbContext(DbContextOptions<SqliteWayfinderDbContext> options) : WayfinderDbContext(options);

public sealed class PostgresWayfinderDbContext(DbContextOptions<PostgresWayfinderDbContext> options) : WayfinderDbContext(options);
