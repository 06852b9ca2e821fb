package dev.reelwright.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command's arguments: positionals, and options that each take one value or are flags. */
public final class Args {
    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();
    private final Map<String, List<String>> repeated = new HashMap<>();

    /**
     * @param valued options that take a value (e.g. {@code -o}, {@code --media})
     * @param flags options that stand alone (e.g. {@code --json})
     */
    public Args(List<String> args, Set<String> valued, Set<String> flags) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new CliException(name + " needs a value");
                    }
                    value = args.get(++i);
                }
                options.put(name, value);
                repeated.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
            } else if (flags.contains(name)) {
                options.put(name, "true");
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new CliException("unknown option " + arg);
            } else {
                positional.add(arg);
            }
        }
    }

    public List<String> positional() {
        return positional;
    }

    public String positional(int index, String what) {
        if (positional.size() <= index) {
            throw new CliException("missing " + what);
        }
        return positional.get(index);
    }

    public void allowPositionals(int max) {
        if (positional.size() > max) {
            throw new CliException("unexpected argument " + positional.get(max));
        }
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    public String option(String name) {
        return options.get(name);
    }

    /** Every value given for an option that may repeat, in order. */
    public List<String> options(String name) {
        return repeated.getOrDefault(name, List.of());
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }

    public int intOption(String name, int fallback, int min, int max) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw new CliException(name + " must be between " + min + " and " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new CliException(name + " must be a whole number (got \"" + value + "\")");
        }
    }
}
