package nl.nsp.planner.account;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.nsp.planner.domain.Codes;

/**
 * A user of the server mode: a login name, a role and the area the role applies to. The password hash lives
 * beside it in the store, never in this value.
 *
 * <p>Which area fields a role needs: {@link Role#NATIONAL} none; {@link Role#REGION} a region;
 * {@link Role#MUNICIPALITY} a region and a municipality (of that region: checked against the data set by whoever
 * creates the account, since this value does not know the data); {@link Role#VIEWER} a region or none (= every
 * region).
 *
 * @param name         login name: 2..64 characters {@code a-z 0-9 . _ -}, starting with a letter or digit
 * @param role         what the account may do
 * @param region       safety region code ({@code VR17}), or empty
 * @param municipality municipality code ({@code GM0599}), or empty
 * @param enabled      false for a disabled account: it cannot log in, and its sessions end at their next request
 */
public record Account(String name, Role role, String region, String municipality, boolean enabled) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    public Account {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(municipality, "municipality");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("account name must be 2..64 characters a-z, 0-9, '.', '_' or '-' "
                    + "(lower case), starting with a letter or digit; got \"" + name + "\"");
        }
        if (!region.isEmpty() && !Codes.isRegion(region)) {
            throw new IllegalArgumentException("account " + name + ": region must be a safety region code VR01..VR25, got \""
                    + region + "\"");
        }
        if (!municipality.isEmpty() && !Codes.isMunicipality(municipality)) {
            throw new IllegalArgumentException("account " + name + ": municipality must be a code GM####, got \""
                    + municipality + "\"");
        }
        String needs = switch (role) {
            case NATIONAL -> region.isEmpty() && municipality.isEmpty() ? null : "no region and no municipality";
            case REGION -> !region.isEmpty() && municipality.isEmpty() ? null : "a region and no municipality";
            case MUNICIPALITY -> !region.isEmpty() && !municipality.isEmpty() ? null : "a region and a municipality";
            case VIEWER -> municipality.isEmpty() ? null : "no municipality (a region, or none for every region)";
        };
        if (needs != null) {
            throw new IllegalArgumentException("account " + name + ": role " + role.code() + " needs " + needs);
        }
    }

    /** The region, when the role has one. */
    public Optional<String> regionCode() {
        return region.isEmpty() ? Optional.empty() : Optional.of(region);
    }

    /** The municipality, when the role has one. */
    public Optional<String> municipalityCode() {
        return municipality.isEmpty() ? Optional.empty() : Optional.of(municipality);
    }

    /** The same account, enabled or disabled. */
    public Account withEnabled(boolean on) {
        return new Account(name, role, region, municipality, on);
    }

    /** A short description for messages: {@code anna (region VR17)}. */
    public String describe() {
        String area = municipality.isEmpty() ? region : municipality + " in " + region;
        return name + " (" + role.code() + (area.isEmpty() ? "" : " " + area) + ")";
    }
}
