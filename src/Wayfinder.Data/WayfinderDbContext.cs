using Microsoft.EntityFrameworkCore;
using Wayfinder.Data.Drugs;
using Wayfinder.Data.Imports;

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
        modelBuilder.Entity<ImportRun>(run =>
        {
            run.Property(r => r.Kind).HasMaxLength(20);
            run.HasIndex(r => new { r.Kind, r.FinishedAt });
        });
    }
}

public sealed class SqliteWayfinderDbContext(DbContextOptions<SqliteWayfinderDbContext> options) : WayfinderDbContext(options);

public sealed class PostgresWayfinderDbContext(DbContextOptions<PostgresWayfinderDbContext> options) : WayfinderDbContext(options);
