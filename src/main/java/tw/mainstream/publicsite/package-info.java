/**
 * The public section (性別主流化專區) under /public, open to anyone: agencies, their task force's
 * members, published statistics with charts, budget and training figures, published minutes
 * (through {@link tw.mainstream.publicsite.PublicMinutesProvider}), the open-data catalogue and
 * its DCAT-style feed /public/catalog.json. Shows only what is published.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public section", allowedDependencies = {"committee", "statistics", "shared", "shared :: *"})
package tw.mainstream.publicsite;
