// Signs a wukf visitor identity in a Go backend (docs/auth.md, "Visitors your app vouches for").
// Usage: WUKF_IDENTITY_KEY="$(cat /etc/wukf/secrets/identity-hmac.key)" go run sign_identity.go <userId> [displayName]
// Prints the JSON body your app sends to POST /api/v1/visitors. Standard library only.
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"time"
)

type identity struct {
	UserID      string `json:"userId"`
	Timestamp   int64  `json:"timestamp"`
	Signature   string `json:"signature"`
	DisplayName string `json:"displayName"`
}

func signIdentity(key, userID, displayName string) identity {
	timestamp := time.Now().Unix()
	mac := hmac.New(sha256.New, []byte(key))
	fmt.Fprintf(mac, "%s:%d", userID, timestamp)
	return identity{UserID: userID, Timestamp: timestamp, Signature: hex.EncodeToString(mac.Sum(nil)), DisplayName: displayName}
}

func main() {
	key := os.Getenv("WUKF_IDENTITY_KEY")
	if key == "" || len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: WUKF_IDENTITY_KEY=<key> go run sign_identity.go <userId> [displayName]")
		os.Exit(64)
	}
	displayName := os.Args[1]
	if len(os.Args) > 2 {
		displayName = os.Args[2]
	}
	body, err := json.Marshal(signIdentity(key, os.Args[1], displayName))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(string(body))
}
