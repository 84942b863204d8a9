package org.annalist.store;

import java.nio.file.Path;

/** Run in a child process by a test: holds a store open until its standard input ends. */
public final class HoldStoreOpen {
    public static void main(String[] args) throws Exception {
        try (EventStore store = EventStore.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our stdin
            }
        }
    }
}
