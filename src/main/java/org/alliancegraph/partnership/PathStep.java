package org.alliancegraph.partnership;

import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.organisation.Organisation;
import org.alliancegraph.vocabulary.PartnerRole;

/** One hop of a partnership path: {@code from} and {@code to} are both partners in {@code alliance}. */
public record PathStep(Organisation from, PartnerRole fromRole, Alliance alliance, Organisation to, PartnerRole toRole) {
}
