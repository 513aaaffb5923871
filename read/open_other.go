//go:build !unix

package read

import "os"

// openNoBlock opens a file for reading.
func openNoBlock(name string) (*os.File, error) {
	return os.Open(name)
}
