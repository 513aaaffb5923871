package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
	"testing"
)

// runMainEnv, set in a child process's environment, makes the test binary
// act as the powermap command: the queue tests start workers as separate
// processes (to kill one with SIGKILL) without building the binary.
const runMainEnv = "POWERMAP_TEST_RUN_MAIN"

// TestMain runs the tests, or, in a child started with runMainEnv, the
// command line after the program name.
func TestMain(m *testing.M) {
	if os.Getenv(runMainEnv) == "1" {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		code := run(ctx, os.Args[1:], &env{stdout: os.Stdout, stderr: os.Stderr, stdin: os.Stdin})
		stop()
		os.Exit(code)
	}
	os.Exit(m.Run())
}
