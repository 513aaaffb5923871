//go:build unix

package read

import (
	"os"
	"syscall"
)

// openNoBlock opens a file for reading without waiting for a writer if it
// turns out to be a named pipe.
func openNoBlock(name string) (*os.File, error) {
	return os.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
