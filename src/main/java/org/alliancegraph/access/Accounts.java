package org.alliancegraph.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.alliancegraph.api.ConflictException;
import org.alliancegraph.api.InvalidInputException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * People's accounts: created, changed and checked with rules a person can act on, passwords kept as
 * the configured encoder's hashes (bcrypt, with its id in front so the encoder can change later).
 * Field names in refusals are the GraphQL input's ({@code input.password}); the command line says them too.
 */
@Service
public class Accounts {

    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 128;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** What a sign-in found. */
    public enum Outcome { SIGNED_IN, WRONG, DISABLED }

    public record SignIn(Outcome outcome, Account account) {
    }

    /** An account to create; the limits apply to editors only. */
    public record NewAccount(String email, String name, Role role, String password, List<String> programmes,
            List<String> territories) {
    }

    /** Changes to an account; null fields stay as they are, empty lists lift the limits. */
    public record AccountChanges(String email, String name, Role role, String password, List<String> programmes,
            List<String> territories, Boolean disabled) {
    }

    private final AccountStore store;
    private final PasswordEncoder encoder;
    /** Checked against when the address is unknown, so a wrong address takes as long as a wrong password. */
    private final String decoy;

    Accounts(AccountStore store, PasswordEncoder encoder) {
        this.store = store;
        this.encoder = encoder;
        this.decoy = encoder.encode("decoy password, never anyone's");
    }

    public Account create(NewAccount in, String by) {
        String email = email("input.email", in.email());
        if (in.role() == null) {
            throw new InvalidInputException("input.role", "an account needs a role: READER, EDITOR or ADMIN");
        }
        password("input.password", in.password());
        Scope scope = scope(in.role(), in.programmes(), in.territories());
        Account account = new Account(email, blankToNull(in.name()), in.role(), scope.programmes(), scope.territories(),
                false, null, by, null, null);
        if (!store.create(account, encoder.encode(in.password()), by)) {
            throw new ConflictException("input.email", "an account for " + email + " exists already; change it with updateAccount "
                    + "(or ./alliance-graph account set)");
        }
        return find(email).orElseThrow();
    }

    public Account update(AccountChanges in, String by) {
        String email = email("input.email", in.email());
        Account current = find(email).orElseThrow(() -> new InvalidInputException("input.email", "there is no account for " + email));
        if (in.password() != null) {
            password("input.password", in.password());
        }
        Role role = in.role() == null ? current.role() : in.role();
        Scope scope = scope(role, in.programmes() == null ? current.programmes() : in.programmes(),
                in.territories() == null ? current.territories() : in.territories());
        store.update(email, new AccountStore.Changes(blankToNull(in.name()), in.role(), scope.programmes(), scope.territories(),
                in.disabled(), in.password() == null ? null : encoder.encode(in.password())), by);
        return find(email).orElseThrow();
    }

    public Optional<Account> find(String email) {
        return email == null ? Optional.empty() : store.find(normalise(email)).map(AccountStore.Stored::account);
    }

    public List<Account> list() {
        return store.list();
    }

    /** Checks a password; an unknown address and a wrong password are one answer, WRONG. */
    public SignIn signIn(String email, String password) {
        Optional<AccountStore.Stored> stored = email == null || password == null ? Optional.empty() : store.find(normalise(email));
        String hash = stored.map(AccountStore.Stored::passwordHash).orElse(decoy);
        boolean matches = password != null && encoder.matches(password, hash);
        if (stored.isEmpty() || !matches) {
            return new SignIn(Outcome.WRONG, null);
        }
        Account account = stored.get().account();
        return new SignIn(account.disabled() ? Outcome.DISABLED : Outcome.SIGNED_IN, account);
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String email(String field, String value) {
        String email = value == null ? "" : normalise(value);
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new InvalidInputException(field, "'" + (value == null ? "" : value) + "' is not an e-mail address (name@example.org)");
        }
        return email;
    }

    private static void password(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new InvalidInputException(field, "a password needs at least " + MIN_PASSWORD
                    + " characters (a few words make a good one)");
        }
        if (password.length() > MAX_PASSWORD) {
            throw new InvalidInputException(field, "a password has at most " + MAX_PASSWORD + " characters");
        }
    }

    /** The limits, checked: they exist, and only an editor has them (a reader writes nothing, an admin everything). */
    private Scope scope(Role role, List<String> programmes, List<String> territories) {
        List<String> p = ids(programmes);
        List<String> t = ids(territories);
        if (role != Role.EDITOR && (!p.isEmpty() || !t.isEmpty())) {
            throw new InvalidInputException("input.role", "only an EDITOR is limited to programmes or territories; a "
                    + role + " has no limits: leave programmes and territories empty");
        }
        Map<String, List<String>> unknown = store.unknown(p, t);
        if (!unknown.get("programmes").isEmpty()) {
            throw new InvalidInputException("input.programmes", "no programme " + String.join(", ", unknown.get("programmes"))
                    + " (the programmes' ids are in the query programmes)");
        }
        if (!unknown.get("territories").isEmpty()) {
            throw new InvalidInputException("input.territories", "no territory " + String.join(", ", unknown.get("territories"))
                    + " (a territory's id is its COG code with its level, as the query territories gives it)");
        }
        return new Scope(p, t);
    }

    private static List<String> ids(List<String> values) {
        List<String> ids = new ArrayList<>();
        if (values != null) {
            values.stream().map(String::strip).filter(v -> !v.isEmpty() && !ids.contains(v)).forEach(ids::add);
        }
        return ids;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
