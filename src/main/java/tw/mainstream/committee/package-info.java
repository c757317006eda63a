/**
 * Committee: agencies and their units, the task force with its charter, people and their dated
 * memberships, the compliance report, and the register of the agency's other committees.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Committee")
package tw.mainstream.committee;
