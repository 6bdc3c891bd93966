/**
 * The regional social economy development programme (WPRES) and the effects of projects:
 * versions, priorities → specific objectives → actions → indicators with baselines, targets and
 * values per period, computed from the other modules' {@link pl.koordynator.es.shared.ProgrammeMeasures}
 * or entered by hand with evidence and approved; progress by trajectory, the roll-up, the annual
 * monitoring report.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Regional programme",
        allowedDependencies = {"shared", "audit", "security", "territory", "registry", "documents", "map"})
package pl.koordynator.es.programme;
