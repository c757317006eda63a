/**
 * Gender statistics: sex-disaggregated tables kept as time series with open-data metadata, their
 * import from CSV/XLSX/ODS with a row-level problem report, indicators and charts, the gender
 * budget and gender training records. Other modules read published figures through
 * {@link tw.mainstream.statistics.StatisticsApi}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics", allowedDependencies = {"committee", "search", "shared", "shared :: *"})
package tw.mainstream.statistics;
