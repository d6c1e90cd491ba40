package nl.nsp.planner.domain;

/** Whether a site is accessible to people with a physical disability (wheelchair). */
public enum Accessibility {
    YES, NO, UNKNOWN
}
