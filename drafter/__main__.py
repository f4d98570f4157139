from drafter import main

main()
